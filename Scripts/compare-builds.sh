#!/usr/bin/env bash
# Proves that a restructuring changed nothing a user sees: builds the shipped course and
# every fixture site with two atlas binaries, renders every lesson file of the fixtures
# and the course one by one (`atlas render`), and compares the trees, the standard output,
# the standard error and the exit status byte for byte.
#
#   Scripts/compare-builds.sh OLD_ATLAS NEW_ATLAS
#
# Prints each difference and exits 1 when there is one. The built sites are left in
# $COMPARE_DIR (default: a temporary folder) for a closer look.
set -uo pipefail
old=$(realpath "$1"); new=$(realpath "$2")
cd "$(dirname "$0")/.."
work=${COMPARE_DIR:-$(mktemp -d)}
rm -rf "$work/old" "$work/new"; mkdir -p "$work/old" "$work/new"

warm_differences=()
sites=(Content Tests/SiteBuilderTests/Fixtures/basic/content Tests/SiteBuilderTests/Fixtures/broken/content)
for dir in Tests/AtlasCLITests/Fixtures/*/; do sites+=("${dir%/}/Content"); done

# Each run: the site's output tree plus what atlas printed and its exit status.
run() { # binary side name args...
    local binary=$1 side=$2 name=$3; shift 3
    local out="$work/$side/$name"
    mkdir -p "$out"
    (cd "$out" && "$binary" "$@" >stdout 2>stderr; echo $? >status)
}

for site in "${sites[@]}"; do
    name=$(echo "$site" | tr / _)
    # The site's own templates beside its content folder (Content -> Templates), if any:
    # a --templates folder that does not exist is a usage error, and nothing is built.
    templates=()
    for folder in "$site/../Templates" "$site/../templates"; do
        if [ -d "$folder" ]; then templates=(--templates "$PWD/$folder"); break; fi
    done
    for side in old new; do
        binary=$old; [ "$side" = new ] && binary=$new
        run "$binary" "$side" "build-$name" build --content "$PWD/$site" "${templates[@]}" --output site
    done
    # The new atlas once more, its build cache now warm: it must print the same (warnings
    # taken from the cache included) and leave the site as the cold build did.
    out="$work/new/build-$name" content="$PWD/$site"
    snapshot=$(cd "$out" && find site -type f -exec sha256sum {} + 2>/dev/null | sort)
    (cd "$out" && "$new" build --content "$content" "${templates[@]}" --output site >stdout.warm 2>stderr.warm
        echo $? >status.warm)
    for file in stdout stderr status; do
        cmp -s "$out/$file" "$out/$file.warm" || warm_differences+=("build-$name: $file of the warm build")
    done
    [ "$snapshot" = "$(cd "$out" && find site -type f -exec sha256sum {} + 2>/dev/null | sort)" ] ||
        warm_differences+=("build-$name: the site after the warm build")
    rm -f "$out"/*.warm
done

# Outputs a build must refuse before it reads anything (exit 2), and one where a file
# stands in the way (exit 1): the messages of the output checks and the install.
refused=("$PWD/Content" "$PWD" "$PWD/Content/assets/_site" "$PWD/Templates")
for index in "${!refused[@]}"; do
    for side in old new; do
        binary=$old; [ "$side" = new ] && binary=$new
        run "$binary" "$side" "refused-$index" build --content "$PWD/Content" --templates "$PWD/Templates" \
            --output "${refused[$index]}"
    done
done
for side in old new; do
    binary=$old; [ "$side" = new ] && binary=$new
    mkdir -p "$work/$side/file-in-the-way" && echo "a file" >"$work/$side/file-in-the-way/site"
    run "$binary" "$side" "file-in-the-way" build --content "$PWD/Content" --output site
done

lessons=$(find Content Tests/SiteBuilderTests/Fixtures Tests/AtlasCLITests/Fixtures Tests/LessonMarkdownTests \
    -name '*.md' -not -path '*/expected/*' | sort)
for lesson in $lessons; do
    name=$(echo "$lesson" | tr / _)
    run "$old" old "render-$name" render "$PWD/$lesson"
    run "$new" new "render-$name" render "$PWD/$lesson"
    run "$old" old "render-unsafe-$name" render --unsafe-html "$PWD/$lesson"
    run "$new" new "render-unsafe-$name" render --unsafe-html "$PWD/$lesson"
done

# A comparison that built nothing proves nothing.
built=$(grep -lx 0 "$work"/new/build-*/status | wc -l)
if [ "$built" -lt 2 ]; then echo "only $built sites built: the comparison is broken"; exit 1; fi
if [ ${#warm_differences[@]} -gt 0 ]; then printf 'DIFFERENT: %s\n' "${warm_differences[@]}"; exit 1; fi
# The build cache is no output: only the new atlas writes one.
if diff -r -x .atlas-cache "$work/old" "$work/new" >"$work/diff.txt"; then
    echo "identical: ${#sites[@]} sites ($built built, the others failing alike; each built again warm alike)," \
        "${#refused[@]} refused outputs," \
        "a file in the way, and $(echo "$lessons" | wc -l) lessons (twice each), in $work"
else
    cat "$work/diff.txt" | head -200
    echo "DIFFERENT: see $work/diff.txt"
    exit 1
fi

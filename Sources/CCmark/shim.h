// The one C header ActivationAtlas needs: cmark's public API (Debian's libcmark-dev).
// Only LessonMarkdown imports this module; see Sources/CCmark/README.md.
#include <cmark.h>

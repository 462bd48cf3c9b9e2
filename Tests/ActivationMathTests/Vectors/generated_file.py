"""Writes a generated Swift file, or with --check compares it with the committed one.

Shared by the table generators (gelu_tables.py, trig_tables.py), whose output `make
test` checks byte for byte.
"""
import os
import sys


def write_or_check(path, text, script):
    """With --check among the arguments, exit with a message unless `path` holds `text`;
    otherwise write `text` to `path`. `script` names the generator in the messages."""
    if "--check" in sys.argv[1:]:
        with open(path) as committed:
            if committed.read() != text:
                sys.exit(f"{os.path.relpath(path)} differs from what {script} makes; rerun it and commit")
        print(f"{os.path.relpath(path)} is as {script} makes it")
        return
    with open(path, "w") as out:
        out.write(text)
    print(f"wrote {os.path.relpath(path)}")

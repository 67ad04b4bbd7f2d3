#!/usr/bin/env python3
"""Fails when code in model/, views/ or app/ uses something of one platform outside a guard.

Platform-specific means: a header of one operating system or processor (unistd.h, sys/*,
windows.h, emmintrin.h, ...), a compiler builtin or attribute (__builtin_*, __attribute__,
_BitScanForward, SSE/NEON intrinsics), a POSIX-only call (isatty, fileno, geteuid, mallopt, ...;
::open, ::link and the like through the global namespace) or a /proc path. Such a line is guarded when an enclosing #if/#ifdef/#elif (or the #else of one)
tests one of the macros in allowlist.txt's "guard" entries (Q_OS_*, Q_PROCESSOR_*, __GNUC__, ...).
allowlist.txt may also accept one finding by "allow PATH PATTERN # reason".

    check_guards.py SOURCE_DIR      check model/, views/ and app/; exit 1 on findings
    check_guards.py --self-test     check the checker on built-in samples
"""
import pathlib
import re
import sys

FOLDERS = ("model", "views", "app")
SUFFIXES = (".h", ".cpp")

PLATFORM_HEADERS = re.compile(
    r"#\s*include\s*<(unistd\.h|sys/[\w/]+\.h|windows\.h|winsock2?\.h|psapi\.h|io\.h|direct\.h|"
    r"fcntl\.h|spawn\.h|pthread\.h|dlfcn\.h|malloc\.h|termios\.h|pwd\.h|grp\.h|poll\.h|"
    r"mach/[\w/]+\.h|CoreFoundation/[\w/]+\.h|"
    r"[a-z]*mmintrin\.h|x86intrin\.h|intrin\.h|cpuid\.h|arm_neon\.h)>"
)
PLATFORM_CODE = re.compile(
    r"\b(__builtin_\w+|__attribute__|__declspec|_BitScan\w+|__cpuid\w*|_mm_\w+|_mm256_\w+|"
    r"v\w+q_u8|__m128i?|(?:isatty|fileno|getpid|geteuid|getuid|mkfifo|posix_spawn\w*|fork|"
    r"wait4|waitpid|mallopt|mmap|sysconf|SetConsoleOutputCP|GetStdHandle)\s*\()"
    r"|\"/proc/|\"/dev/"
    r"|(?<![\w>.])::(?:open|close|read|write|link|unlink|stat|lstat|fstat|access|chmod|dup2?|pipe|"
    r"kill|getenv)\s*\("
)
CONDITION = re.compile(r"#\s*(if|ifdef|ifndef|elif)\b(.*)")
OTHER_DIRECTIVE = re.compile(r"#\s*(else|endif)\b")


def read_allowlist(path):
    guards, allowed = [], []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        kind, rest = line.split(None, 1)
        if kind == "guard":
            guards.append(re.compile(rest.strip()))
        elif kind == "allow":
            file_name, pattern = rest.split(None, 1)
            allowed.append((file_name, pattern.strip()))
        else:
            raise SystemExit(f"{path}: unknown entry {kind!r}")
    return guards, allowed


def strip_comment(line):
    return line.split("//", 1)[0]


def findings_in(name, text, guards, allowed):
    """The (line number, text) of every unguarded platform-specific line of one file."""
    found = []
    stack = []  # one bool per open #if: does its condition test a guard macro?
    for number, raw in enumerate(text.splitlines(), 1):
        line = strip_comment(raw).strip()
        directive = CONDITION.match(line)
        if directive:
            guarded = any(g.search(directive.group(2)) for g in guards)
            if directive.group(1) == "elif":
                stack[-1] = stack[-1] or guarded
            else:
                stack.append(guarded)
            continue
        other = OTHER_DIRECTIVE.match(line)
        if other:
            if other.group(1) == "endif" and stack:
                stack.pop()
            continue
        if any(stack):
            continue
        if PLATFORM_HEADERS.search(line) or PLATFORM_CODE.search(line):
            if any(name == f and p in line for f, p in allowed):
                continue
            found.append((number, raw.strip()))
    return found


def check_tree(source_dir, guards, allowed):
    count = 0
    for folder in FOLDERS:
        for path in sorted((source_dir / folder).rglob("*")):
            if path.suffix not in SUFFIXES:
                continue
            name = path.relative_to(source_dir).as_posix()
            text = path.read_text(encoding="utf-8", errors="replace")
            for number, line in findings_in(name, text, guards, allowed):
                print(f"{name}:{number}: unguarded platform code: {line}")
                count += 1
    return count


SAMPLE = """#include <QtGlobal>
#include <unistd.h>
#ifdef Q_OS_UNIX
#include <sys/stat.h>
#else
#include <windows.h>
#endif
#if defined(FEATURE) && defined(__GNUC__)
int a = __builtin_ctz(4);
#elif defined(OTHER)
int b = __builtin_ctz(4);
#endif
#if defined(OTHER)
int c = __builtin_popcount(3); // not a guard
#endif
// __builtin_ctz in a comment is fine
bool tty = isatty(2);
QFile f(QStringLiteral("/proc/self/status"));
int d = __builtin_expect(1, 1); // allowed below
int e = ::link("a", "b");
QFile::link(a, b); // Qt's, not POSIX
"""
SAMPLE_EXPECTED = [2, 14, 17, 18, 20]


def self_test():
    guards = [re.compile(r"\bQ_OS_\w+"), re.compile(r"\b__GNUC__\b")]
    allowed = [("sample.cpp", "__builtin_expect")]
    lines = [n for n, _ in findings_in("sample.cpp", SAMPLE, guards, allowed)]
    if lines != SAMPLE_EXPECTED:
        print(f"self-test: found lines {lines}, expected {SAMPLE_EXPECTED}")
        return 1
    print(f"self-test: the {len(SAMPLE_EXPECTED)} unguarded sample lines found, nothing else")
    return 0


def main():
    if sys.argv[1:] == ["--self-test"]:
        return self_test()
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    source_dir = pathlib.Path(sys.argv[1])
    here = pathlib.Path(__file__).resolve().parent
    guards, allowed = read_allowlist(here / "allowlist.txt")
    count = check_tree(source_dir, guards, allowed)
    if count:
        print(f"{count} unguarded platform-specific line(s): put them behind a Q_OS_* (or "
              f"compiler or processor) check, or explain them in {here / 'allowlist.txt'}")
        return 1
    print("No platform-specific line outside a guard in " + ", ".join(FOLDERS))
    return 0


if __name__ == "__main__":
    sys.exit(main())

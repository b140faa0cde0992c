#pragma once

// Shared by the libFuzzer targets in tests/fuzz. Each target defines LLVMFuzzerTestOneInput and checks
// invariants with FUZZ_CHECK: a broken invariant prints what was expected and aborts, which libFuzzer
// reports as a crash and saves as a reproducer (crash-<sha1>), like a sanitizer finding.

#include <QByteArray>
#include <QDebug>
#include <QString>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace cw::fuzz {

[[noreturn]] inline void fail(const char *condition, const char *file, int line, const QString &detail)
{
    std::fprintf(stderr, "\n==FUZZ CHECK FAILED== %s:%d: %s\n  %s\n", file, line, condition,
                 detail.toUtf8().constData());
    std::fflush(stderr);
    std::abort();
}

// Qt's own warnings (e.g. QUrl complaining about a mangled URL) are noise at millions of runs a minute;
// a qFatal still ends the run.
inline void quietQtMessages()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "qFatal: %s\n", message.toUtf8().constData());
            std::abort();
        }
    });
}

// Prints a value for a failure message: strings quoted, with control characters escaped.
inline QString show(const QString &text)
{
    QString out;
    QDebug(&out) << text;
    return out;
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    // Raw copy: the fuzzer's buffer is only valid during the call.
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

} // namespace cw::fuzz

#define FUZZ_CHECK(condition, detail)                                                                        \
    do {                                                                                                     \
        if (!(condition))                                                                                    \
            ::cw::fuzz::fail(#condition, __FILE__, __LINE__, (detail));                                      \
    } while (false)

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

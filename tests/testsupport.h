#pragma once

// Included by every test: tests choose the offscreen platform themselves so `ctest` needs no
// environment, and never touch a real keychain or the user's settings.
#include <QtGlobal>

namespace cw::test {
inline void prepareTestEnvironment()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_LOGGING_RULES", "qt.qpa.*=false");
    qunsetenv("DIALGEN_API_KEY");
}
} // namespace cw::test

Q_CONSTRUCTOR_FUNCTION(cw::test::prepareTestEnvironment)

#pragma once

// Included first by every test: tests choose the offscreen platform themselves so `ctest` needs no
// environment, and never see the user's API key.
#include <QByteArray>
#include <QtGlobal>

namespace cw::test {
inline void prepareTestEnvironment()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    qunsetenv("DIALGEN_API_KEY");
}
} // namespace cw::test

namespace {
// Runs before main(), so before QTEST_MAIN creates the application object.
const bool cwTestEnvironmentPrepared = (cw::test::prepareTestEnvironment(), true);
} // namespace

// CallWatch: command line and wiring only.
#include "dialgenclient.h"
#include "mainwindow.h"
#include "session.h"
#include "sim/dialgensimulator.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

namespace {

void printError(const QString &text)
{
    const QByteArray bytes = QStringLiteral("callwatch: ").toLocal8Bit() + text.toLocal8Bit() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("CallWatch"));
    QApplication::setOrganizationName(QStringLiteral("CallWatch"));
    QApplication::setOrganizationDomain(QStringLiteral("callwatch.app"));
    QApplication::setApplicationVersion(QStringLiteral(CALLWATCH_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("app.callwatch.CallWatch"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "CallWatch watches Dialgen AI phone calls: status, errors and recordings at a glance.\n"
                "The API key is read from the DIALGEN_API_KEY environment variable."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Start the built-in Dialgen simulator and watch its calls."));
    const QCommandLineOption baseUrlOption(
        QStringLiteral("base-url"),
        QCoreApplication::translate("main", "Dialgen API base URL (default https://sa.dialgen.ai)."),
        QStringLiteral("url"));
    const QCommandLineOption trackOption(
        QStringLiteral("track"), QCoreApplication::translate("main", "Track this call id (repeatable)."),
        QStringLiteral("id"));
    const QCommandLineOption batchOption(
        QStringLiteral("track-batch"),
        QCoreApplication::translate("main", "Track every call of this batch (repeatable)."),
        QStringLiteral("id"));
    const QCommandLineOption speedOption(
        QStringLiteral("demo-speed"),
        QCoreApplication::translate("main",
                                    "How much faster than real time the demo's calls run (default 40)."),
        QStringLiteral("factor"), QStringLiteral("40"));
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("main",
                                    "Keep the call history in this folder instead of the default one."),
        QStringLiteral("folder"));
    parser.addOptions({demoOption, baseUrlOption, trackOption, batchOption, speedOption, dataDirOption});
    parser.process(app);

    cw::ClientConfig config;
    config.apiKey = qEnvironmentVariable("DIALGEN_API_KEY");
    if (parser.isSet(baseUrlOption)) {
        config.baseUrl = QUrl(parser.value(baseUrlOption), QUrl::StrictMode);
        if (const cw::ApiError urlError = cw::DialgenClient::checkBaseUrl(config.baseUrl);
            urlError.isError()) {
            printError(urlError.userMessage());
            return 2;
        }
    }

    cw::Session session(config);
    // The demo's simulated calls never mix with the real history (unless a folder is given).
    if (parser.isSet(demoOption) && !parser.isSet(dataDirOption))
        session.openThrowawayHistory();
    else
        session.openHistory(parser.value(dataDirOption));
    if (parser.isSet(demoOption)) {
        cw::Session::DemoOptions demo;
        bool ok = false;
        demo.speed = parser.value(speedOption).toDouble(&ok);
        if (!ok || demo.speed <= 0 || demo.speed > 10000) {
            printError(
                QCoreApplication::translate("main", "--demo-speed needs a number between 0 and 10000"));
            return 2;
        }
        QString error;
        if (!session.startDemo(demo, &error)) {
            printError(
                QCoreApplication::translate("main", "could not start the demo simulator: %1").arg(error));
            return 1;
        }
    }
    session.tracker()->trackCalls(parser.values(trackOption));
    for (const QString &batch : parser.values(batchOption))
        session.tracker()->trackBatch(batch);

    cw::MainWindow window(session.model(), session.tracker());
    window.setHistory(session.history());
    if (session.isDemo()) {
        window.setSourceDescription(
            QCoreApplication::translate("main",
                                        "Demo: simulated Dialgen calls from the built-in simulator at %1, "
                                        "running %2× faster than real time.")
                .arg(session.simulator()->baseUrl().toString(), parser.value(speedOption)));
    }
    session.tracker()->start();
    window.show();
    return app.exec();
}

// callwatch-sim: a local Dialgen API simulator for demos and tests.
// Prints the base URL and the API key on its first two lines of stdout, then serves until SIGINT/SIGTERM.
#include "sim/dialgensimulator.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <limits>

#if defined(Q_OS_UNIX)
#include <signal.h>
#endif

namespace {

// Set by the signal handler, polled by the event loop (the only async-signal-safe hand-off that works the
// same on every platform).
volatile std::sig_atomic_t g_stopRequested = 0;

extern "C" void requestStop(int)
{
    g_stopRequested = 1;
}

void installStopHandlers()
{
#if defined(Q_OS_UNIX)
    struct sigaction action = {};
    action.sa_handler = requestStop;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
#else
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
#endif
}

void printLine(const QString &text, FILE *stream)
{
    const QByteArray bytes = text.toLocal8Bit() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

[[noreturn]] void fail(const QString &message)
{
    printLine(QStringLiteral("callwatch-sim: ") + message, stderr);
    std::exit(2);
}

double parseRate(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    if (!parser.isSet(option))
        return 0;
    bool ok = false;
    const double value = parser.value(option).toDouble(&ok);
    if (!ok || value < 0 || value > 1)
        fail(QStringLiteral("--%1 expects a number between 0 and 1").arg(option.names().constFirst()));
    return value;
}

qint64 parseInteger(const QCommandLineParser &parser, const QCommandLineOption &option, qint64 fallback,
                    qint64 min, qint64 max)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const qint64 value = parser.value(option).toLongLong(&ok);
    if (!ok || value < min || value > max)
        fail(QStringLiteral("--%1 expects a whole number between %2 and %3")
                 .arg(option.names().constFirst())
                 .arg(min)
                 .arg(max));
    return value;
}

} // namespace

int main(int argc, char *argv[])
{
    // First thing: a stop request during start-up (history generation) must still end the process cleanly.
    installStopHandlers();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("callwatch-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CALLWATCH_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Simulates the Dialgen REST API on 127.0.0.1 with realistic, seeded call traffic.\n"
                       "Prints the base URL and the API key on the first two lines of stdout."));
    parser.addHelpOption();
    parser.addVersionOption();

    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port to listen on (0 = any free port)."),
                                        QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption keyOption(QStringLiteral("api-key"),
                                       QStringLiteral("API key clients must send (default: a random key)."),
                                       QStringLiteral("key"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed of the simulated traffic."), QStringLiteral("n"),
                                        QStringLiteral("1"));
    const QCommandLineOption speedOption(
        QStringLiteral("speed"), QStringLiteral("Model seconds per real second (e.g. 60 for a demo)."),
        QStringLiteral("x"), QStringLiteral("1"));
    const QCommandLineOption historyOption(QStringLiteral("history-days"),
                                           QStringLiteral("Days of history generated at start-up."),
                                           QStringLiteral("days"), QStringLiteral("60"));
    const QCommandLineOption noTrafficOption(
        QStringLiteral("no-traffic"), QStringLiteral("No automatic calls or batches (and no history)."));
    const QCommandLineOption openingBatchOption(
        QStringLiteral("opening-batch"),
        QStringLiteral("Create a batch of this many calls at start-up (for demos)."),
        QStringLiteral("calls"));
    const QCommandLineOption flatOption(
        QStringLiteral("flat-persistent"),
        QStringLiteral("Serve /api/v1/call/check-status in the older flat shape."));
    const QCommandLineOption latencyOption(
        QStringLiteral("latency-ms"), QStringLiteral("Delay added to every response."), QStringLiteral("ms"));
    const QCommandLineOption errorOption(QStringLiteral("error-rate"),
                                         QStringLiteral("Share of requests answered with 500/502/503 (0-1)."),
                                         QStringLiteral("rate"));
    const QCommandLineOption rateLimitOption(QStringLiteral("rate-limit-rate"),
                                             QStringLiteral("Share of requests answered with 429 (0-1)."),
                                             QStringLiteral("rate"));
    const QCommandLineOption retryAfterOption(QStringLiteral("retry-after"),
                                              QStringLiteral("Retry-After seconds sent with 429 and 503."),
                                              QStringLiteral("seconds"), QStringLiteral("1"));
    const QCommandLineOption malformedOption(QStringLiteral("malformed-rate"),
                                             QStringLiteral("Share of 2xx bodies sent malformed (0-1)."),
                                             QStringLiteral("rate"));
    const QCommandLineOption stallOption(QStringLiteral("stall-rate"),
                                         QStringLiteral("Share of responses that stall half way (0-1)."),
                                         QStringLiteral("rate"));
    const QCommandLineOption resetOption(QStringLiteral("reset-rate"),
                                         QStringLiteral("Share of responses cut by a TCP reset (0-1)."),
                                         QStringLiteral("rate"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           QStringLiteral("Log every request and call change to stderr."));
    parser.addOptions({portOption, keyOption, seedOption, speedOption, historyOption, noTrafficOption,
                       openingBatchOption, flatOption, latencyOption, errorOption, rateLimitOption,
                       retryAfterOption, malformedOption, stallOption, resetOption, verboseOption});
    parser.process(app);

    cw::sim::SimConfig config;
    config.seed =
        static_cast<quint64>(parseInteger(parser, seedOption, 1, 0, std::numeric_limits<qint64>::max()));
    bool speedOk = false;
    config.speed = parser.value(speedOption).toDouble(&speedOk);
    if (!speedOk || !(config.speed > 0) || config.speed > 100000)
        fail(QStringLiteral("--speed expects a number greater than 0 (at most 100000)"));
    config.historyDays = static_cast<int>(parseInteger(parser, historyOption, 60, 0, 3650));
    config.apiKey = parser.value(keyOption);
    if (parser.isSet(keyOption) && config.apiKey.trimmed().isEmpty())
        fail(QStringLiteral("--api-key must not be empty"));
    config.openingBatchSize = static_cast<int>(parseInteger(parser, openingBatchOption, 0, 0, 100000));
    config.flatPersistent = parser.isSet(flatOption);
    config.autoTraffic = !parser.isSet(noTrafficOption);
    const auto port = static_cast<quint16>(parseInteger(parser, portOption, 0, 0, 65535));

    cw::sim::FaultConfig faults;
    faults.latencyMs = static_cast<int>(parseInteger(parser, latencyOption, 0, 0, 600000));
    faults.serverErrorRate = parseRate(parser, errorOption);
    faults.rateLimitRate = parseRate(parser, rateLimitOption);
    faults.retryAfterSeconds = static_cast<int>(parseInteger(parser, retryAfterOption, 1, 0, 86400));
    faults.malformedRate = parseRate(parser, malformedOption);
    faults.stallRate = parseRate(parser, stallOption);
    faults.resetRate = parseRate(parser, resetOption);

    cw::sim::DialgenSimulator simulator(config);
    simulator.setFaults(faults);
    QString error;
    if (!simulator.start(port, &error))
        fail(error);

    // The contract with scripts and the demo: URL, then key, then anything else.
    printLine(simulator.baseUrl().toString(), stdout);
    printLine(simulator.apiKey(), stdout);

    if (parser.isSet(verboseOption)) {
        QObject::connect(&simulator, &cw::sim::DialgenSimulator::requestServed, &app,
                         [](const QString &path, int status) {
                             printLine(QStringLiteral("request %1 -> %2").arg(path).arg(status), stderr);
                         });
        QObject::connect(&simulator, &cw::sim::DialgenSimulator::callChanged, &app,
                         [&simulator](const QString &callId) {
                             const auto call = simulator.world().call(callId);
                             if (call)
                                 printLine(QStringLiteral("call %1 attempt %2: %3 %4")
                                               .arg(callId)
                                               .arg(call->attempt)
                                               .arg(cw::sim::callStatusName(call->status), call->error),
                                           stderr);
                         });
    }

    QTimer stopPoll;
    QObject::connect(&stopPoll, &QTimer::timeout, &app, [] {
        if (g_stopRequested)
            QCoreApplication::quit();
    });
    stopPoll.start(100);
    if (g_stopRequested)
        return 0;

    const int code = QCoreApplication::exec();
    simulator.stop();
    return code;
}

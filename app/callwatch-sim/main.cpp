// callwatch-sim: a local Dialgen API simulator for demos and tests.
// Prints the base URL and the API key on its first two lines of stdout, then serves until SIGINT/SIGTERM.
// With --webhook-url it also pushes call and batch events to a receiver (secrets come from the environment,
// never from the command line) and prints the delivery counters to stderr on exit.
// --batches / --single-calls create traffic at start-up and print its ids on the following lines
// ("batches: ID ID ...", "calls: ID ID ..."); --log-webhook-acks prints one line per delivery the receiver
// acknowledged (2xx), for tests that hold a receiver to what it acknowledged.
#include "sim/dialgensimulator.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <memory>

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

// The value of the environment variable named by `option`; fails when it is unset or empty. The value
// itself is never printed.
QByteArray secretFromEnvironment(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    if (!parser.isSet(option))
        return {};
    const QString name = parser.value(option).trimmed();
    if (name.isEmpty())
        fail(QStringLiteral("--%1 expects the name of an environment variable")
                 .arg(option.names().constFirst()));
    const QByteArray value = qgetenv(name.toLocal8Bit().constData());
    if (value.isEmpty())
        fail(QStringLiteral("--%1: the environment variable %2 is not set or empty")
                 .arg(option.names().constFirst(), name));
    return value;
}

QString webhookStatsLine(const cw::sim::WebhookStats &stats)
{
    return QStringLiteral("webhooks: %1 events, %2 duplicated, %3 requests (%4 retries), %5 delivered, "
                          "%6 failed, %7 dropped (queue full), %8 waiting, %9 running")
        .arg(stats.events)
        .arg(stats.duplicated)
        .arg(stats.attempted)
        .arg(stats.retried)
        .arg(stats.succeeded)
        .arg(stats.failed)
        .arg(stats.dropped)
        .arg(stats.pending)
        .arg(stats.inFlight);
}

QString outcomeName(cw::sim::WebhookAttempt::Outcome outcome)
{
    switch (outcome) {
    case cw::sim::WebhookAttempt::Outcome::Delivered:
        return QStringLiteral("delivered");
    case cw::sim::WebhookAttempt::Outcome::WillRetry:
        return QStringLiteral("will retry");
    case cw::sim::WebhookAttempt::Outcome::GaveUp:
        return QStringLiteral("gave up");
    }
    return {};
}

// The call status a call event carries (flat: "status", nested: callData.status); empty for batch events.
QString deliveredStatus(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    if (object.contains(QLatin1String("callData")))
        return object.value(QLatin1String("callData")).toObject().value(QLatin1String("status")).toString();
    return object.value(QLatin1String("status")).toString();
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
    const QCommandLineOption webhookUrlOption(
        QStringLiteral("webhook-url"),
        QStringLiteral(
            "Push call and batch events to this URL (https, or http to 127.0.0.1 / ::1 / localhost), "
            "e.g. http://127.0.0.1:8787/webhooks/dialgen."),
        QStringLiteral("url"));
    const QCommandLineOption webhookSecretOption(
        QStringLiteral("webhook-secret-env"),
        QStringLiteral(
            "Sign webhooks (x-dialgen-signature) with the secret held by this environment variable."),
        QStringLiteral("name"));
    const QCommandLineOption webhookTokenOption(
        QStringLiteral("webhook-token-env"),
        QStringLiteral("Send Authorization: Bearer with the token held by this environment variable."),
        QStringLiteral("name"));
    const QCommandLineOption webhookShapeOption(
        QStringLiteral("webhook-shape"),
        QStringLiteral("Call event payloads: flat, nested or mixed (both, chosen per call from the seed)."),
        QStringLiteral("shape"), QStringLiteral("mixed"));
    const QCommandLineOption webhookDuplicateOption(
        QStringLiteral("webhook-duplicate-rate"),
        QStringLiteral("Share of webhook events delivered twice (0-1, default 0.05)."),
        QStringLiteral("rate"));
    const QCommandLineOption batchesOption(
        QStringLiteral("batches"),
        QStringLiteral(
            "Create this many batches at start-up and print their ids (line 3: \"batches: ID ...\")."),
        QStringLiteral("n"));
    const QCommandLineOption batchSizeOption(
        QStringLiteral("batch-size"), QStringLiteral("Calls per batch made by --batches (default 50)."),
        QStringLiteral("calls"), QStringLiteral("50"));
    const QCommandLineOption batchAttemptsOption(
        QStringLiteral("batch-attempts"),
        QStringLiteral("Attempts per call of the --batches batches, 1-5 (default 3: redials)."),
        QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption dialSpacingOption(
        QStringLiteral("dial-spacing-ms"),
        QStringLiteral("Model ms between the first dials of a --batches batch (default 10000)."),
        QStringLiteral("ms"), QStringLiteral("10000"));
    const QCommandLineOption singleCallsOption(
        QStringLiteral("single-calls"),
        QStringLiteral("Create this many single calls at start-up and print their ids (\"calls: ID ...\")."),
        QStringLiteral("n"));
    const QCommandLineOption logAcksOption(
        QStringLiteral("log-webhook-acks"),
        QStringLiteral("Print \"webhook-ack EVENT SUBJECT STATUS\" on stdout for every webhook delivery "
                       "answered 2xx (STATUS: the call status sent, \"-\" for batch events)."));
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"),
        QStringLiteral("Log every request, call change and webhook delivery to stderr."));
    parser.addOptions({portOption,          keyOption,          seedOption,          speedOption,
                       historyOption,       noTrafficOption,    openingBatchOption,  flatOption,
                       latencyOption,       errorOption,        rateLimitOption,     retryAfterOption,
                       malformedOption,     stallOption,        resetOption,         webhookUrlOption,
                       webhookSecretOption, webhookTokenOption, webhookShapeOption,  webhookDuplicateOption,
                       batchesOption,       batchSizeOption,    batchAttemptsOption, dialSpacingOption,
                       singleCallsOption,   logAcksOption,      verboseOption});
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

    const bool webhooksOn = parser.isSet(webhookUrlOption);
    cw::sim::WebhookOptions webhookOptions;
    const QString shape = parser.value(webhookShapeOption).trimmed().toLower();
    if (shape == QLatin1String("flat"))
        webhookOptions.shape = cw::sim::WebhookShape::Flat;
    else if (shape == QLatin1String("nested"))
        webhookOptions.shape = cw::sim::WebhookShape::Nested;
    else if (shape == QLatin1String("mixed"))
        webhookOptions.shape = cw::sim::WebhookShape::Mixed;
    else
        fail(QStringLiteral("--webhook-shape expects flat, nested or mixed"));
    if (parser.isSet(webhookDuplicateOption))
        webhookOptions.duplicateProbability = parseRate(parser, webhookDuplicateOption);
    webhookOptions.bearerToken = secretFromEnvironment(parser, webhookTokenOption);
    const QByteArray webhookSecret = secretFromEnvironment(parser, webhookSecretOption);
    const QUrl webhookUrl = QUrl(parser.value(webhookUrlOption).trimmed(), QUrl::StrictMode);
    if (webhooksOn && webhookUrl.isEmpty())
        fail(QStringLiteral("--webhook-url must not be empty"));
    if (!webhooksOn && (parser.isSet(webhookSecretOption) || parser.isSet(webhookTokenOption)))
        fail(QStringLiteral("--webhook-secret-env and --webhook-token-env need --webhook-url"));
    QString error;
    // Checked before the (possibly long) history generation.
    if (webhooksOn && !cw::sim::WebhookDispatcher::isAcceptableTarget(webhookUrl, &error))
        fail(QStringLiteral("--webhook-url: ") + error);

    cw::sim::DialgenSimulator simulator(config);
    simulator.setFaults(faults);
    if (webhooksOn && !simulator.setWebhookTarget(webhookUrl, webhookSecret, webhookOptions, &error))
        fail(QStringLiteral("--webhook-url: ") + error);
    if (parser.isSet(logAcksOption)) {
        // Each delivery's call status, from the moment it is queued until its last attempt.
        auto statuses = std::make_shared<QHash<quint64, QString>>();
        QObject::connect(&simulator.webhooks(), &cw::sim::WebhookDispatcher::deliveryQueued, &app,
                         [statuses](const cw::sim::WebhookDelivery &delivery) {
                             statuses->insert(delivery.id, deliveredStatus(delivery.body));
                         });
        QObject::connect(&simulator.webhooks(), &cw::sim::WebhookDispatcher::deliveryDropped, &app,
                         [statuses](quint64 id) { statuses->remove(id); });
        QObject::connect(&simulator.webhooks(), &cw::sim::WebhookDispatcher::attemptFinished, &app,
                         [statuses](const cw::sim::WebhookAttempt &attempt) {
                             if (attempt.outcome == cw::sim::WebhookAttempt::Outcome::WillRetry)
                                 return;
                             const QString status = statuses->take(attempt.deliveryId);
                             if (attempt.outcome == cw::sim::WebhookAttempt::Outcome::Delivered)
                                 printLine(QStringLiteral("webhook-ack %1 %2 %3")
                                               .arg(attempt.event, attempt.subject,
                                                    status.isEmpty() ? QStringLiteral("-") : status),
                                           stdout);
                         });
    }

    if (!simulator.start(port, &error))
        fail(error);

    QStringList batchIds;
    if (parser.isSet(batchesOption)) {
        const int count = static_cast<int>(parseInteger(parser, batchesOption, 0, 1, 10000));
        const int size = static_cast<int>(parseInteger(parser, batchSizeOption, 50, 1, 100000));
        cw::sim::BatchOptions options;
        options.retry.maxAttempts = static_cast<int>(parseInteger(parser, batchAttemptsOption, 3, 1, 5));
        options.dialSpacingMs = parseInteger(parser, dialSpacingOption, 10000, 0, 86'400'000);
        for (int i = 0; i < count; ++i)
            batchIds.append(simulator.world().createBatch(size, options));
    }
    QStringList callIds;
    if (parser.isSet(singleCallsOption)) {
        const int count = static_cast<int>(parseInteger(parser, singleCallsOption, 0, 1, 100000));
        for (int i = 0; i < count; ++i)
            callIds.append(simulator.world().createCall());
    }

    // The contract with scripts and the demo: URL, then key, then anything else.
    printLine(simulator.baseUrl().toString(), stdout);
    printLine(simulator.apiKey(), stdout);
    if (parser.isSet(batchesOption))
        printLine(QStringLiteral("batches: ") + batchIds.join(QLatin1Char(' ')), stdout);
    if (parser.isSet(singleCallsOption))
        printLine(QStringLiteral("calls: ") + callIds.join(QLatin1Char(' ')), stdout);

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
        QObject::connect(&simulator.webhooks(), &cw::sim::WebhookDispatcher::attemptFinished, &app,
                         [](const cw::sim::WebhookAttempt &attempt) {
                             printLine(QStringLiteral("webhook %1 %2 #%3 attempt %4: %5 (%6)")
                                           .arg(attempt.event, attempt.subject)
                                           .arg(attempt.deliveryId)
                                           .arg(attempt.attempt)
                                           .arg(outcomeName(attempt.outcome),
                                                attempt.error.isEmpty() ? QString::number(attempt.httpStatus)
                                                                        : attempt.error),
                                       stderr);
                         });
        if (webhooksOn) {
            // The counters every 10 s while verbose.
            auto *statsTimer = new QTimer(&app);
            QObject::connect(statsTimer, &QTimer::timeout, &app, [&simulator] {
                printLine(webhookStatsLine(simulator.webhooks().stats()), stderr);
            });
            statsTimer->start(10'000);
        }
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
    if (webhooksOn)
        printLine(webhookStatsLine(simulator.webhooks().stats()), stderr);
    return code;
}

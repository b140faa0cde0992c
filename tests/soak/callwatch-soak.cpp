// callwatch-soak: CallWatch's core under a long, steady load, watched for leaks.
//
// Starts callwatch-sim (a real process on an ephemeral loopback port, high speed, no other traffic) with
// --calls calls in batches of --batch-size whose dials are spread over the whole run, and pushing signed
// webhooks to this process. Here the app's core runs in a Session, as in the app: QNetworkAccessManager,
// DialgenClient, CallTableModel, CallTracker, HistoryStore (SQLite in a throw-away folder) and
// WebhookReceiver with its durable handler and the webhook relief of polling. Every batch is tracked,
// polling runs at the default settings.
//
// Every --sample-seconds it samples, from /proc/self: resident memory (statm), open file descriptors (fd/),
// and the live QNetworkReply objects (children of the network manager: a reply never deleted stays there),
// plus counters; the samples are printed as CSV on stdout. The first half of the run is warm-up; over the
// second half it asserts:
//   - resident memory grows by less than --rss-growth-mb (max of the second half minus the value at half
//     time);
//   - open file descriptors, apart from the webhook sender's connections, stay within the first half's
//     maximum + --fd-slack; those connections stay within the receiver's limit (a sender that times out and
//     retries opens new ones before the old ones are closed);
//   - live network replies never exceed twice the polling concurrency limit (each of the maxInFlight slots
//     may hold a request in flight plus the reply that just finished there and waits for its deleteLater),
//     and DialgenClient::inFlight() never exceeds maxInFlight;
// and, over the whole run, that polling and webhook intake actually happened and the history queue is empty.
// Exit code 0 when every check holds, 1 otherwise, 2 for a usage or start-up error.
//
//   callwatch-soak --minutes 10              (CI, via tests/soak/run-soak.sh --minutes 10)
//   callwatch-soak --minutes 120             (the documented 2-hour soak)
#include "calltracker.h"
#include "dialgenclient.h"
#include "historystore.h"
#include "session.h"
#include "webhookreceiver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace {

struct Sample
{
    double seconds = 0;
    qint64 rssKb = 0;
    int fds = 0;
    int liveReplies = 0;
    int inFlight = 0;
    int tracked = 0;
    int active = 0;
    qint64 requestsOk = 0;
    qint64 requestsFailed = 0;
    qint64 transitions = 0;
    qint64 webhooksAccepted = 0;
    qint64 webhooksRejected = 0;
    int webhookConnections = 0;
    int queuedBatches = 0;
};

void print(const QString &text, FILE *stream = stdout)
{
    const QByteArray bytes = text.toLocal8Bit() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

qint64 residentKb()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    if (fields.size() < 2)
        return -1;
    return fields.at(1).toLongLong() * (sysconf(_SC_PAGESIZE) / 1024);
}

int openFds()
{
    return int(
        QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size());
}

QString csvHeader()
{
    return QStringLiteral(
        "t_s,rss_kb,fds,live_replies,in_flight,tracked_calls,active_calls,requests_ok,"
        "requests_failed,transitions,webhooks_accepted,webhooks_rejected,webhook_connections,"
        "history_queue");
}

QString csvRow(const Sample &s)
{
    return QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9,%10,%11,%12,%13,%14")
        .arg(s.seconds, 0, 'f', 1)
        .arg(s.rssKb)
        .arg(s.fds)
        .arg(s.liveReplies)
        .arg(s.inFlight)
        .arg(s.tracked)
        .arg(s.active)
        .arg(s.requestsOk)
        .arg(s.requestsFailed)
        .arg(s.transitions)
        .arg(s.webhooksAccepted)
        .arg(s.webhooksRejected)
        .arg(s.webhookConnections)
        .arg(s.queuedBatches);
}

double number(const QCommandLineParser &parser, const QCommandLineOption &option, double min, double max)
{
    bool ok = false;
    const double value = parser.value(option).toDouble(&ok);
    if (!ok || value < min || value > max) {
        print(QStringLiteral("callwatch-soak: --%1 expects a number from %2 to %3")
                  .arg(option.names().constFirst())
                  .arg(min)
                  .arg(max),
              stderr);
        std::exit(2);
    }
    return value;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("callwatch-soak"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Soak test of CallWatch's core against callwatch-sim."));
    parser.addHelpOption();
    const QCommandLineOption minutesOption(QStringLiteral("minutes"), QStringLiteral("Length of the run."),
                                           QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption callsOption(QStringLiteral("calls"),
                                         QStringLiteral("Calls tracked (in batches)."), QStringLiteral("n"),
                                         QStringLiteral("10000"));
    const QCommandLineOption batchSizeOption(QStringLiteral("batch-size"), QStringLiteral("Calls per batch."),
                                             QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption speedOption(QStringLiteral("speed"),
                                         QStringLiteral("Simulator speed (model seconds per second)."),
                                         QStringLiteral("x"), QStringLiteral("60"));
    const QCommandLineOption sampleOption(QStringLiteral("sample-seconds"),
                                          QStringLiteral("Seconds between samples."), QStringLiteral("s"),
                                          QStringLiteral("10"));
    const QCommandLineOption rssOption(QStringLiteral("rss-growth-mb"),
                                       QStringLiteral("Allowed resident memory growth over the second half."),
                                       QStringLiteral("mb"), QStringLiteral("32"));
    const QCommandLineOption fdOption(
        QStringLiteral("fd-slack"),
        QStringLiteral("Allowed open descriptors above the first half's maximum."), QStringLiteral("n"),
        QStringLiteral("16"));
    const QCommandLineOption simOption(QStringLiteral("sim"), QStringLiteral("Path of callwatch-sim."),
                                       QStringLiteral("path"), QStringLiteral(CALLWATCH_SIM_BINARY));
    const QCommandLineOption csvOption(QStringLiteral("csv"), QStringLiteral("Also write the samples here."),
                                       QStringLiteral("file"));
    parser.addOptions({minutesOption, callsOption, batchSizeOption, speedOption, sampleOption, rssOption,
                       fdOption, simOption, csvOption});
    parser.process(app);

    const double minutes = number(parser, minutesOption, 0.1, 24 * 60);
    const int calls = int(number(parser, callsOption, 1, 1'000'000));
    const int batchSize = int(number(parser, batchSizeOption, 1, 100'000));
    const double speed = number(parser, speedOption, 1, 10'000);
    const double sampleSeconds = number(parser, sampleOption, 0.5, 3600);
    const double rssGrowthLimitMb = number(parser, rssOption, 0, 1'000'000);
    const int fdSlack = int(number(parser, fdOption, 0, 100'000));
    const int batches = std::max(1, (calls + batchSize - 1) / batchSize);
    const qint64 runMs = qint64(minutes * 60'000);
    // Spread each batch's dials over the run (in model time), so calls start and end until the end.
    const qint64 dialSpacingModelMs = std::max<qint64>(1, qint64(double(runMs) * speed / batchSize));

    QTemporaryDir dataDir;
    if (!dataDir.isValid()) {
        print(QStringLiteral("callwatch-soak: no temporary folder"), stderr);
        return 2;
    }

    // The app's core, as the app builds it.
    cw::Session session(cw::ClientConfig{});
    session.openHistory(dataDir.path());
    cw::HistoryStore &history = *session.history();
    if (!history.isPersistent()) {
        print(QStringLiteral("callwatch-soak: history not saved: %1").arg(history.problem()), stderr);
        return 2;
    }
    const QByteArray secret = QByteArrayLiteral("soak-webhook-secret");
    QString error;
    if (!session.startWebhookReceiver(QHostAddress(QHostAddress::LocalHost), 0, secret, &error)) {
        print(QStringLiteral("callwatch-soak: ") + error, stderr);
        return 2;
    }
    cw::WebhookReceiver &receiver = *session.webhookReceiver();
    cw::CallTracker &tracker = *session.tracker();
    cw::DialgenClient &client = *session.client();
    QNetworkAccessManager &network = *session.network();
    qint64 transitions = 0;
    QObject::connect(
        &tracker, &cw::CallTracker::transitionsRecorded, &app,
        [&transitions](const QList<cw::HistoryStore::Transition> &list) { transitions += list.size(); });

    // The simulator.
    QProcess sim;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CW_SOAK_WEBHOOK_SECRET"), QString::fromLatin1(secret));
    sim.setProcessEnvironment(environment);
    sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sim.start(parser.value(simOption),
              {QStringLiteral("--no-traffic"), QStringLiteral("--seed"), QStringLiteral("7"),
               QStringLiteral("--speed"), QString::number(speed), QStringLiteral("--batches"),
               QString::number(batches), QStringLiteral("--batch-size"), QString::number(batchSize),
               QStringLiteral("--dial-spacing-ms"), QString::number(dialSpacingModelMs),
               QStringLiteral("--webhook-url"), receiver.localUrl().toString(),
               QStringLiteral("--webhook-secret-env"), QStringLiteral("CW_SOAK_WEBHOOK_SECRET")});
    if (!sim.waitForStarted(10'000)) {
        print(QStringLiteral("callwatch-soak: could not start %1: %2")
                  .arg(parser.value(simOption), sim.errorString()),
              stderr);
        return 2;
    }
    QByteArray head;
    QElapsedTimer startup;
    startup.start();
    while (head.count('\n') < 3 && startup.elapsed() < 60'000 && sim.state() == QProcess::Running) {
        sim.waitForReadyRead(1'000);
        head += sim.readAllStandardOutput();
    }
    const QList<QByteArray> lines = head.split('\n');
    if (lines.size() < 3 || !lines.at(2).startsWith("batches: ")) {
        print(QStringLiteral("callwatch-soak: callwatch-sim did not print its URL, key and batches"), stderr);
        return 2;
    }
    cw::ClientConfig config;
    config.baseUrl = QUrl(QString::fromUtf8(lines.at(0).trimmed()), QUrl::StrictMode);
    config.apiKey = QString::fromUtf8(lines.at(1).trimmed());
    client.setConfig(config);
    const QList<QByteArray> batchIds = lines.at(2).mid(9).trimmed().split(' ');
    for (const QByteArray &id : batchIds)
        tracker.trackBatch(QString::fromUtf8(id));
    const int maxInFlight = tracker.settings().poll.maxInFlight;
    print(QStringLiteral(
              "# callwatch-soak: %1 calls in %2 batches, speed %3, %4 min, dial spacing %5 model ms, "
              "maxInFlight %6, samples every %7 s")
              .arg(calls)
              .arg(batchIds.size())
              .arg(speed)
              .arg(minutes)
              .arg(dialSpacingModelMs)
              .arg(maxInFlight)
              .arg(sampleSeconds),
          stderr);
    tracker.start();

    QFile csv(parser.value(csvOption));
    if (parser.isSet(csvOption) && !csv.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        print(QStringLiteral("callwatch-soak: cannot write %1").arg(csv.fileName()), stderr);
        return 2;
    }
    const auto emitLine = [&csv](const QString &line) {
        print(line);
        if (csv.isOpen()) {
            csv.write(line.toUtf8() + '\n');
            csv.flush();
        }
    };
    emitLine(csvHeader());

    QList<Sample> samples;
    // Concurrency is also watched more often than the table is printed (see `watch`).
    int maxLiveReplies = 0;
    int maxInFlightSeen = 0;
    QElapsedTimer clock;
    clock.start();
    const auto take = [&] {
        Sample s;
        s.seconds = double(clock.elapsed()) / 1000.0;
        s.rssKb = residentKb();
        s.fds = openFds();
        s.liveReplies = int(network.findChildren<QNetworkReply *>().size());
        s.inFlight = client.inFlight();
        const cw::CallTracker::Health &health = tracker.health();
        s.tracked = health.trackedCalls;
        s.active = health.activeCalls;
        s.requestsOk = health.requestsOk;
        s.requestsFailed = health.requestsFailed;
        s.transitions = transitions;
        s.webhooksAccepted = receiver.acceptedCount();
        s.webhooksRejected = receiver.rejectedCount();
        s.webhookConnections = receiver.openConnections();
        s.queuedBatches = history.queuedBatchCount();
        maxLiveReplies = std::max(maxLiveReplies, s.liveReplies);
        maxInFlightSeen = std::max(maxInFlightSeen, s.inFlight);
        samples.append(s);
        emitLine(csvRow(s));
    };
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &app, [&] {
        maxLiveReplies = std::max(maxLiveReplies, int(network.findChildren<QNetworkReply *>().size()));
        maxInFlightSeen = std::max(maxInFlightSeen, client.inFlight());
    });
    watch.start(200);
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, &app, take);
    sampler.start(int(sampleSeconds * 1000));
    QTimer::singleShot(0, &app, take);
    QTimer::singleShot(runMs, &app, [&] {
        take();
        QCoreApplication::quit();
    });
    QObject::connect(&sim, &QProcess::finished, &app, [&] {
        print(QStringLiteral("callwatch-soak: callwatch-sim ended early"), stderr);
        QCoreApplication::exit(3);
    });
    const int loop = QCoreApplication::exec();
    sim.disconnect(&app);
    sim.terminate();
    if (!sim.waitForFinished(10'000))
        sim.kill();
    if (loop == 3)
        return 1;

    // Verdict.
    bool ok = true;
    const auto check = [&ok](bool condition, const QString &what) {
        print((condition ? QStringLiteral("PASS  ") : QStringLiteral("FAIL  ")) + what, stderr);
        ok = ok && condition;
    };
    const qsizetype half = samples.size() / 2;
    check(samples.size() >= 4, QStringLiteral("%1 samples taken (at least 4)").arg(samples.size()));
    if (samples.size() >= 4) {
        const Sample &mid = samples.at(half);
        qint64 rssMax = 0;
        // Descriptors apart from the webhook sender's connections (which come and go with its retries and
        // are capped by the receiver, checked below).
        int fdFirstHalf = 0;
        int fdSecondHalf = 0;
        for (qsizetype i = 0; i < samples.size(); ++i) {
            if (i < half)
                fdFirstHalf = std::max(fdFirstHalf, samples.at(i).fds - samples.at(i).webhookConnections);
            else {
                fdSecondHalf = std::max(fdSecondHalf, samples.at(i).fds - samples.at(i).webhookConnections);
                rssMax = std::max(rssMax, samples.at(i).rssKb);
            }
        }
        const double growthMb = double(rssMax - mid.rssKb) / 1024.0;
        check(
            growthMb < rssGrowthLimitMb,
            QStringLiteral("resident memory over the second half: %1 MB at %2 s, at most %3 MB, growth %4 MB "
                           "(limit %5 MB); first sample %6 MB")
                .arg(double(mid.rssKb) / 1024.0, 0, 'f', 1)
                .arg(mid.seconds, 0, 'f', 0)
                .arg(double(rssMax) / 1024.0, 0, 'f', 1)
                .arg(growthMb, 0, 'f', 1)
                .arg(rssGrowthLimitMb)
                .arg(double(samples.constFirst().rssKb) / 1024.0, 0, 'f', 1));
        check(fdSecondHalf <= fdFirstHalf + fdSlack,
              QStringLiteral(
                  "open file descriptors besides webhook connections: at most %1 in the second half, %2 in "
                  "the first (slack %3)")
                  .arg(fdSecondHalf)
                  .arg(fdFirstHalf)
                  .arg(fdSlack));
    }
    int maxWebhookConnections = 0;
    for (const Sample &sample : std::as_const(samples))
        maxWebhookConnections = std::max(maxWebhookConnections, sample.webhookConnections);
    const int connectionLimit = receiver.limits().maxConnections;
    check(maxWebhookConnections <= connectionLimit,
          QStringLiteral("webhook connections open at once: at most %1 (the receiver's limit %2)")
              .arg(maxWebhookConnections)
              .arg(connectionLimit));
    check(maxLiveReplies <= 2 * maxInFlight,
          QStringLiteral("live network replies: at most %1 (limit 2 x maxInFlight %2)")
              .arg(maxLiveReplies)
              .arg(maxInFlight));
    check(maxInFlightSeen <= maxInFlight, QStringLiteral("requests in flight: at most %1 (maxInFlight %2)")
                                              .arg(maxInFlightSeen)
                                              .arg(maxInFlight));
    const Sample &last = samples.constLast();
    check(last.tracked >= calls,
          QStringLiteral("tracked calls at the end: %1 (expected %2)").arg(last.tracked).arg(calls));
    check(last.requestsOk > 0 && last.transitions > 0 && last.webhooksAccepted > 0,
          QStringLiteral("load: %1 requests answered (%2 failed), %3 transitions, %4 webhooks acknowledged "
                         "(%5 refused)")
              .arg(last.requestsOk)
              .arg(last.requestsFailed)
              .arg(last.transitions)
              .arg(last.webhooksAccepted)
              .arg(last.webhooksRejected));
    check(history.queuedBatchCount() == 0 && history.problem().isEmpty(),
          QStringLiteral("history written: %1 batches queued, problem: %2")
              .arg(history.queuedBatchCount())
              .arg(history.problem().isEmpty() ? QStringLiteral("none") : history.problem()));
    print(ok ? QStringLiteral("callwatch-soak: PASS") : QStringLiteral("callwatch-soak: FAIL"), stderr);
    return ok ? 0 : 1;
}

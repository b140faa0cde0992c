#include "testsupport.h"

#include "calltracker.h"
#include "historystore.h"
#include "session.h"
#include "webhookreceiver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Crash safety, end to end, with the real programs: callwatch-sim (loopback, ephemeral port, high speed,
// pushing signed webhooks) and callwatch (offscreen, a throw-away --data-dir, tracking batches and single
// calls, receiving the webhooks). The app is killed with SIGKILL while polling and webhook intake run, one
// or more times, and restarted on the same folder each time. Afterwards the SQLite file must pass
// PRAGMA integrity_check and hold everything that was acknowledged before each kill:
//  - every id given on the command line (tracked calls and batches), and every call the app reported as
//    committed (snapshots of batch members);
//  - every transition the app reported as committed (HistoryStore's "callwatch.history.commit" lines);
//  - for every webhook delivery the sender saw answered 2xx ("webhook-ack" lines of callwatch-sim): a call
//    event's status as a transition of that call, a batch event's status in the batch's statistics.
// The last restart gets no id on its command line: the file alone must keep what it follows.
// In process, the same rule on its own: a webhook is answered 202 only once its news is committed (503 with
// Retry-After while the history cannot be written, then 202 on the redelivery once it can).

namespace {

constexpr int kBatches = 16;
constexpr int kBatchSize = 40;
constexpr int kSingleCalls = 40;
constexpr int kWaitMs = 30'000; // generous bound for anything the test waits for (never asserted on)

const QByteArray kSecretVariable = "CW_CRASH_WEBHOOK_SECRET";
const QByteArray kSecret = "crash-safety-secret";

// A child process whose output is read line by line as it comes; killed (SIGKILL) when it goes.
class Child
{
public:
    Child()
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
                         [this] { read(QProcess::StandardOutput); });
        QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
                         [this] { read(QProcess::StandardError); });
    }
    ~Child() { kill(); }
    Child(const Child &) = delete;
    Child &operator=(const Child &) = delete;

    QProcess &process() { return m_process; }
    const QStringList &out() const { return m_out; }
    const QStringList &err() const { return m_err; }

    void start(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment)
    {
        m_process.setProcessEnvironment(environment);
        m_process.start(program, arguments);
    }
    void kill()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill(); // SIGKILL
        m_process.waitForFinished(10'000);
        read(QProcess::StandardOutput);
        read(QProcess::StandardError);
    }

private:
    void read(QProcess::ProcessChannel channel)
    {
        m_process.setReadChannel(channel);
        QByteArray &partial = channel == QProcess::StandardOutput ? m_partialOut : m_partialErr;
        QStringList &lines = channel == QProcess::StandardOutput ? m_out : m_err;
        partial += m_process.readAll();
        // Only complete lines count: a kill may cut the last one.
        qsizetype start = 0;
        for (qsizetype end = partial.indexOf('\n'); end >= 0; end = partial.indexOf('\n', start)) {
            lines.append(QString::fromUtf8(partial.mid(start, end - start)));
            start = end + 1;
        }
        partial.remove(0, start);
    }

    QProcess m_process;
    QByteArray m_partialOut;
    QByteArray m_partialErr;
    QStringList m_out;
    QStringList m_err;
};

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

// What the app acknowledged as committed (HistoryStore's commit log), over all its runs.
struct Acknowledged
{
    QSet<QString> transitions; // "call|attempt|STATUS|source|ms"
    QSet<QString> calls;
    QSet<QString> batches;
    qint64 lines = 0;
};

const QString kCommitPrefix = QStringLiteral("callwatch.history.commit: ");

// Reads one run's commit lines.
void collectCommits(const QStringList &stderrLines, Acknowledged *ack)
{
    for (const QString &line : stderrLines) {
        if (!line.startsWith(kCommitPrefix))
            continue;
        const QStringList f = line.mid(kCommitPrefix.size()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (f.isEmpty())
            continue;
        ++ack->lines;
        const QString &kind = f.constFirst();
        if (kind == QLatin1String("transition") && f.size() == 6) {
            ack->transitions.insert(f.mid(1).join(QLatin1Char('|')));
        } else if ((kind == QLatin1String("track-call") || kind == QLatin1String("snapshot")) &&
                   f.size() >= 2) {
            ack->calls.insert(f.at(1));
        } else if ((kind == QLatin1String("track-batch") || kind == QLatin1String("batch-statistics")) &&
                   f.size() >= 2) {
            ack->batches.insert(f.at(1));
        }
    }
}

// For failure messages: how a run ended and the last lines it wrote (commit lines left out).
QString tail(Child &app)
{
    QStringList lines;
    for (const QString &line : app.err()) {
        if (!line.startsWith(kCommitPrefix))
            lines.append(line);
    }
    return QStringLiteral("exit code %1; ").arg(app.process().exitCode()) +
           lines.mid(qMax<qsizetype>(0, lines.size() - 15)).join(QLatin1Char('\n'));
}

struct Answer
{
    int status = 0;
    QByteArray body;
    QByteArray retryAfter;
};

QByteArray callEvent(const QString &callId, const QString &status)
{
    const QJsonObject object{{QLatin1String("event"), QStringLiteral("call.completed")},
                             {QLatin1String("callId"), callId},
                             {QLatin1String("status"), status},
                             {QLatin1String("duration"), 42}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// POSTs a signed delivery the way Dialgen does and waits for the answer.
Answer deliver(QNetworkAccessManager &network, const QUrl &url, const QByteArray &body,
               const QByteArray &secret)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("x-dialgen-signature"),
                         cw::WebhookReceiver::signatureFor(body, secret));
    request.setTransferTimeout(20'000);
    QNetworkReply *reply = network.post(request, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(20'000);
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.retryAfter = reply->rawHeader(QByteArrayLiteral("Retry-After"));
    reply->deleteLater();
    return answer;
}

} // namespace

class tst_CrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void durableHandlerDecidesTheAnswer_data();
    void durableHandlerDecidesTheAnswer();
    void webhookAcknowledgedOnlyOnceCommitted();
    void trackedIdsCommittedAtOnce();
    void killAndRestart_data();
    void killAndRestart();

private:
    QString m_app;
    QString m_sim;
};

void tst_CrashSafety::initTestCase()
{
    m_app = QStringLiteral(CALLWATCH_BINARY);
    m_sim = QStringLiteral(CALLWATCH_SIM_BINARY);
    QVERIFY2(QFile::exists(m_app), qPrintable(m_app));
    QVERIFY2(QFile::exists(m_sim), qPrintable(m_sim));
}

void tst_CrashSafety::durableHandlerDecidesTheAnswer_data()
{
    QTest::addColumn<bool>("saved");
    QTest::newRow("saved: 202, remembered") << true;
    QTest::newRow("not saved: 503, delivered again") << false;
}

void tst_CrashSafety::durableHandlerDecidesTheAnswer()
{
    QFETCH(bool, saved);
    const QByteArray secret = "handler-secret";
    cw::WebhookReceiver receiver;
    receiver.setSecret(secret);
    int calls = 0;
    bool answer = saved;
    QSignalSpy received(&receiver, &cw::WebhookReceiver::eventReceived);
    receiver.setDurableHandler([&](const cw::WebhookEvent &event) {
        ++calls;
        // Inside the HTTP handler: nothing was announced yet, the sender still waits.
        if (event.call.callId != QLatin1String("call_h") || !received.isEmpty())
            return false;
        return answer;
    });
    QVERIFY(receiver.start());
    QNetworkAccessManager network;
    const QByteArray body = callEvent(QStringLiteral("call_h"), QStringLiteral("COMPLETED"));

    const Answer first = deliver(network, receiver.url(), body, secret);
    QCOMPARE(calls, 1);
    QCOMPARE(first.status, saved ? 202 : 503);
    QCOMPARE(receiver.acceptedCount(), saved ? 1 : 0);
    QCOMPARE(receiver.rejectedCount(), saved ? 0 : 1);
    if (!saved)
        QCOMPARE(first.retryAfter, QByteArrayLiteral("5"));
    QTest::qWait(50); // eventReceived comes from the event loop; give it the chance to (wrongly) come
    QCOMPARE(received.size(), saved ? 1 : 0);

    // The same delivery again (Dialgen retries what was not answered 2xx, and may repeat what was).
    answer = true;
    const Answer second = deliver(network, receiver.url(), body, secret);
    if (saved) {
        QCOMPARE(second.status, 200); // a duplicate of something already saved: not handled again
        QVERIFY(second.body.contains("\"duplicate\":true"));
        QCOMPARE(calls, 1);
        QCOMPARE(receiver.duplicateCount(), 1);
    } else {
        QCOMPARE(second.status, 202); // never remembered as seen: handled like a new delivery
        QCOMPARE(calls, 2);
        QCOMPARE(receiver.duplicateCount(), 0);
    }
    QTRY_COMPARE(received.size(), 1);
}

void tst_CrashSafety::webhookAcknowledgedOnlyOnceCommitted()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray secret = "session-secret";
    cw::Session session(cw::ClientConfig{});
    session.openHistory(dir.path());
    QVERIFY(session.history()->isPersistent());
    session.history()->setBusyTimeoutMs(50);
    QVERIFY(session.tracker()->trackCall(QStringLiteral("call_lock")));
    QVERIFY(session.startWebhookReceiver(QHostAddress(QHostAddress::LocalHost), 0, secret));
    QNetworkAccessManager network;
    const QUrl url = session.webhookReceiver()->url();

    const QString connection = QStringLiteral("crashsafety-lock");
    {
        QSqlDatabase lock = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        lock.setDatabaseName(dir.filePath(cw::HistoryStore::fileName()));
        QVERIFY(lock.open());
        QSqlQuery query(lock);
        QVERIFY(query.exec(QStringLiteral("BEGIN EXCLUSIVE"))); // another program holds the write lock

        const QByteArray body = callEvent(QStringLiteral("call_lock"), QStringLiteral("COMPLETED"));
        const Answer refused = deliver(network, url, body, secret);
        QCOMPARE(refused.status, 503);
        QCOMPARE(refused.retryAfter, QByteArrayLiteral("5"));
        QVERIFY(session.history()->queuedBatchCount() > 0);
        // The table already shows the end (the app keeps working); it is only not acknowledged.
        QVERIFY(session.tracker()->isTracked(QStringLiteral("call_lock")));

        // Still locked: the redelivery brings nothing new, but the queued change is not written either.
        QCOMPARE(deliver(network, url, body, secret).status, 503);

        QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
        const Answer accepted = deliver(network, url, body, secret);
        QCOMPARE(accepted.status, 202);
        QCOMPARE(session.history()->queuedBatchCount(), 0);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM transitions WHERE call_id = 'call_lock' AND "
                                          "status = 'COMPLETED' AND source = 'webhook'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1); // committed before the 202, exactly once
        lock.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

void tst_CrashSafety::trackedIdsCommittedAtOnce()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    cw::Session session(cw::ClientConfig{});
    session.openHistory(dir.path());
    QVERIFY(session.history()->isPersistent());
    QCOMPARE(session.tracker()->trackCalls({QStringLiteral("call_a"), QStringLiteral("call_b")}), 2);
    QVERIFY(session.tracker()->trackBatch(QStringLiteral("batch_a")));
    // Without returning to the event loop (no poll cycle has run): another connection already sees them.
    const QString connection = QStringLiteral("crashsafety-reader");
    {
        QSqlDatabase reader = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        reader.setDatabaseName(dir.filePath(cw::HistoryStore::fileName()));
        QVERIFY(reader.open());
        QSqlQuery query(reader);
        QVERIFY(query.exec(QStringLiteral("SELECT call_id FROM calls ORDER BY call_id")));
        QStringList calls;
        while (query.next())
            calls.append(query.value(0).toString());
        QCOMPARE(calls, (QStringList{QStringLiteral("call_a"), QStringLiteral("call_b")}));
        QVERIFY(query.exec(QStringLiteral("SELECT batch_id FROM batches")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("batch_a"));
        QVERIFY(!query.next());
        reader.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

void tst_CrashSafety::killAndRestart_data()
{
    // How long each run of the app lives before it is killed (ms after its webhook receiver listens,
    // and not before it acknowledged something in that run); the app is restarted after every kill but
    // the last. The first kill lands in the opening burst (every batch body, the first webhooks); the
    // later ones while batches dial and calls end.
    QTest::addColumn<QList<int>>("runsMs");
    QTest::addColumn<quint64>("seed");
    // Model ms between a batch's dials: 12 s spreads each batch over about 8 s of real time; 3 s lets the
    // batches complete (batch.completed webhooks) while the app is being killed and restarted.
    QTest::addColumn<int>("dialSpacingMs");
    QTest::newRow("killed once, early") << QList<int>{700} << quint64(11) << 12'000;
    QTest::newRow("killed once, mid-stream") << QList<int>{3'000} << quint64(12) << 12'000;
    QTest::newRow("killed three times") << QList<int>{1'000, 1'500, 2'500} << quint64(13) << 3'000;
    QTest::newRow("killed five times, fast")
        << QList<int>{400, 600, 800, 1'000, 1'200} << quint64(14) << 3'000;
}

void tst_CrashSafety::killAndRestart()
{
    QFETCH(QList<int>, runsMs);
    QFETCH(quint64, seed);
    QFETCH(int, dialSpacingMs);

    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString dataDir = home.filePath(QStringLiteral("data"));
    const QString configDir = home.filePath(QStringLiteral("config"));
    QVERIFY(QDir().mkpath(configDir + QStringLiteral("/CallWatch")));
    {
        // Polling as hard as the settings allow, so polls and webhooks keep committing side by side.
        QFile conf(configDir + QStringLiteral("/CallWatch/CallWatch.conf"));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("[polling]\nongoingCadenceMs=1000\nscheduledCadenceMs=1000\nbatchCadenceMs=2000\n"
                   "batchStatisticsCadenceMs=5000\nmaxInFlight=16\nrateLimitPerSecond=50\n");
    }

    const quint16 webhookPort = freePort();
    QVERIFY(webhookPort != 0);

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("share")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.remove(QStringLiteral("QT_LOGGING_RULES"));
    environment.remove(QStringLiteral("DIALGEN_API_KEY"));

    // The simulator: every call dialled once (an acknowledged end is then that call's last word), the
    // batches' dials spread over several seconds of real time.
    Child sim;
    QProcessEnvironment simEnvironment = environment;
    simEnvironment.insert(QString::fromLatin1(kSecretVariable), QString::fromLatin1(kSecret));
    sim.start(m_sim,
              {QStringLiteral("--no-traffic"),
               QStringLiteral("--seed"),
               QString::number(seed),
               QStringLiteral("--speed"),
               QStringLiteral("60"),
               QStringLiteral("--batches"),
               QString::number(kBatches),
               QStringLiteral("--batch-size"),
               QString::number(kBatchSize),
               QStringLiteral("--batch-attempts"),
               QStringLiteral("1"),
               QStringLiteral("--dial-spacing-ms"),
               QString::number(dialSpacingMs),
               QStringLiteral("--single-calls"),
               QString::number(kSingleCalls),
               QStringLiteral("--webhook-url"),
               QStringLiteral("http://127.0.0.1:%1/webhooks/dialgen").arg(webhookPort),
               QStringLiteral("--webhook-secret-env"),
               QString::fromLatin1(kSecretVariable),
               QStringLiteral("--log-webhook-acks")},
              simEnvironment);
    QVERIFY2(sim.process().waitForStarted(10'000), qPrintable(sim.process().errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(sim.out().size() >= 4, kWaitMs);
    const QString baseUrl = sim.out().at(0);
    const QString apiKey = sim.out().at(1);
    QVERIFY(sim.out().at(2).startsWith(QLatin1String("batches: ")));
    QVERIFY(sim.out().at(3).startsWith(QLatin1String("calls: ")));
    const QStringList batchIds = sim.out().at(2).mid(9).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QStringList callIds = sim.out().at(3).mid(7).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QCOMPARE(batchIds.size(), kBatches);
    QCOMPARE(callIds.size(), kSingleCalls);

    QStringList appArguments{
        QStringLiteral("--base-url"),       baseUrl,
        QStringLiteral("--data-dir"),       dataDir,
        QStringLiteral("--webhook-listen"), QStringLiteral("127.0.0.1:%1").arg(webhookPort)};
    for (const QString &id : callIds)
        appArguments << QStringLiteral("--track") << id;
    for (const QString &id : batchIds)
        appArguments << QStringLiteral("--track-batch") << id;
    QProcessEnvironment appEnvironment = environment;
    appEnvironment.insert(QStringLiteral("DIALGEN_API_KEY"), apiKey);
    appEnvironment.insert(QStringLiteral("DIALGEN_WEBHOOK_SECRET"), QString::fromLatin1(kSecret));
    appEnvironment.insert(QStringLiteral("QT_LOGGING_RULES"),
                          QStringLiteral("callwatch.history.commit.debug=true"));
    appEnvironment.insert(QStringLiteral("QT_MESSAGE_PATTERN"), QStringLiteral("%{category}: %{message}"));

    Acknowledged ack;
    int kills = 0;
    // One run per entry of runsMs, killed each time; then a last run, restarted on the same folder WITHOUT
    // any id on its command line (what it follows comes from the file alone), killed as well once it has
    // been up for a moment.
    QList<int> lives = runsMs;
    lives.append(2'500);
    for (qsizetype run = 0; run < lives.size(); ++run) {
        Child app;
        const bool last = run == lives.size() - 1;
        app.start(m_app, last ? appArguments.mid(0, 6) : appArguments, appEnvironment);
        QVERIFY2(app.process().waitForStarted(10'000), qPrintable(app.process().errorString()));
        const auto listening = [&app] {
            for (const QString &line : app.err()) {
                if (line.contains(QLatin1String("webhook receiver listening")))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(listening() || app.process().state() == QProcess::NotRunning, kWaitMs);
        QVERIFY2(app.process().state() == QProcess::Running, qPrintable(tail(app)));
        // Mid-stream: this run has committed something of its own and the sender has seen acknowledgements.
        const qsizetype acksBefore = sim.out().size();
        QElapsedTimer alive;
        alive.start();
        const auto committedSomething = [&app] {
            for (const QString &line : app.err()) {
                if (line.startsWith(kCommitPrefix))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(committedSomething(), kWaitMs);
        if (run == 0)
            QTRY_VERIFY_WITH_TIMEOUT(sim.out().size() > acksBefore, kWaitMs);
        const int rest = lives.at(run) - int(alive.elapsed());
        if (rest > 0)
            QTest::qWait(rest);
        QVERIFY2(app.process().state() == QProcess::Running, qPrintable(tail(app)));
        app.kill();
        ++kills;
        QCOMPARE(app.process().exitStatus(), QProcess::CrashExit);

        collectCommits(app.err(), &ack);
        for (const QString &line : app.err()) {
            QVERIFY2(!line.contains(QLatin1String("History is not being saved")), qPrintable(line));
            QVERIFY2(!line.contains(QLatin1String("corrupt")), qPrintable(line));
        }
    }
    // Every acknowledgement the sender saw (all were answered by a run that has been killed since).
    sim.kill();
    QStringList webhookAcks;
    for (qsizetype i = 4; i < sim.out().size(); ++i) {
        if (sim.out().at(i).startsWith(QLatin1String("webhook-ack ")))
            webhookAcks.append(sim.out().at(i));
    }
    QVERIFY2(!webhookAcks.isEmpty(), "no webhook was acknowledged: nothing tested");
    QVERIFY(!ack.transitions.isEmpty());

    // The file, as the last kill left it (WAL and all).
    const QString file = dataDir + QLatin1Char('/') + cw::HistoryStore::fileName();
    QVERIFY(QFile::exists(file));
    QSet<QString> storedTransitions;
    QSet<QString> storedStatuses; // "call|STATUS"
    {
        const QString connection = QStringLiteral("crashsafety-check");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(file);
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
            QVERIFY(
                query.exec(QStringLiteral("SELECT call_id, attempt, status, source, at FROM transitions")));
            while (query.next()) {
                const QString callId = query.value(0).toString();
                const QString status = query.value(2).toString();
                storedTransitions.insert(QStringList{callId, query.value(1).toString(), status,
                                                     query.value(3).toString(), query.value(4).toString()}
                                             .join(QLatin1Char('|')));
                storedStatuses.insert(callId + QLatin1Char('|') + status);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }

    cw::HistoryStore store;
    QVERIFY(store.open(dataDir));
    QVERIFY2(store.openMessage().isEmpty(), qPrintable(store.openMessage()));
    const cw::HistoryStore::LoadedState state = store.load();
    QVERIFY(state.ok);
    QSet<QString> storedCalls;
    for (const cw::HistoryStore::TrackedCall &call : state.calls)
        storedCalls.insert(call.callId);
    QHash<QString, QJsonObject> storedBatches;
    for (const cw::HistoryStore::TrackedBatch &batch : state.batches)
        storedBatches.insert(batch.batchId, batch.statistics);

    // Tracked: the command line, and every call the app said it committed.
    for (const QString &id : callIds)
        QVERIFY2(storedCalls.contains(id), qPrintable(id));
    for (const QString &id : batchIds)
        QVERIFY2(storedBatches.contains(id), qPrintable(id));
    for (const QString &id : std::as_const(ack.calls))
        QVERIFY2(storedCalls.contains(id), qPrintable(id));
    for (const QString &id : std::as_const(ack.batches))
        QVERIFY2(storedBatches.contains(id), qPrintable(id));
    // Every transition the app acknowledged.
    for (const QString &transition : std::as_const(ack.transitions))
        QVERIFY2(storedTransitions.contains(transition), qPrintable(transition));
    // Every webhook the sender saw answered 2xx.
    int callAcks = 0;
    int batchAcks = 0;
    for (const QString &line : std::as_const(webhookAcks)) {
        const QStringList f = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QCOMPARE(f.size(), 4);
        if (f.at(1).startsWith(QLatin1String("batch."))) {
            ++batchAcks;
            const QString expected = f.at(1) == QLatin1String("batch.completed") ? QStringLiteral("completed")
                                                                                 : QStringLiteral("failed");
            QVERIFY2(storedBatches.contains(f.at(2)), qPrintable(line));
            QVERIFY2(storedBatches.value(f.at(2)).value(QLatin1String("status")).toString() == expected,
                     qPrintable(line));
        } else {
            ++callAcks;
            QVERIFY2(storedStatuses.contains(f.at(2) + QLatin1Char('|') + f.at(3)), qPrintable(line));
        }
    }
    qInfo("%d kill(s); checked %d call and %d batch webhook acknowledgements, %lld acknowledged "
          "transitions (%lld in the file), %lld commit lines, %lld tracked calls",
          kills, callAcks, batchAcks, qint64(ack.transitions.size()), qint64(storedTransitions.size()),
          ack.lines, qint64(storedCalls.size()));
}

QTEST_GUILESS_MAIN(tst_CrashSafety)
#include "tst_crashsafety.moc"

#include "testsupport.h"

#include "sim/dialgensimulator.h"
#include "sim/simworld.h"
#include "sim/webhookdispatcher.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace cw::sim;

Q_DECLARE_METATYPE(cw::sim::SimOutcome)
Q_DECLARE_METATYPE(cw::sim::WebhookShape)

namespace {

const QByteArray kSecret = QByteArrayLiteral("s3cret-shared-with-the-receiver");
const QString kPath = QStringLiteral("/webhooks/dialgen");

QDateTime t0()
{
    return QDateTime::fromString(QStringLiteral("2025-11-15T12:00:00.000Z"), Qt::ISODateWithMs);
}

SimConfig quietConfig(quint64 seed = 1)
{
    SimConfig config;
    config.seed = seed;
    config.historyDays = 0;
    config.autoTraffic = false;
    config.autoAdvance = false;
    return config;
}

// Fast options for tests: no duplicates unless asked, short retry delays.
WebhookOptions testOptions(WebhookShape shape = WebhookShape::Mixed)
{
    WebhookOptions options;
    options.shape = shape;
    options.duplicateProbability = 0;
    options.retryDelaysMs = {10, 20, 30};
    options.timeoutMs = 5000;
    return options;
}

// A webhook receiver on 127.0.0.1:0 that records every request and answers from a script of HTTP statuses
// (the last one repeats).
class Receiver
{
public:
    struct Hit
    {
        QByteArray body;
        QByteArray signature;
        QByteArray contentType;
        QByteArray authorization;
        bool post = false;
        qint64 atMs = 0; // on the receiver's monotonic clock
    };

    Receiver()
    {
        m_clock.start();
        auto *tcp = new QTcpServer;
        if (!tcp->listen(QHostAddress(QHostAddress::LocalHost), 0)) {
            delete tcp;
            return;
        }
        m_port = tcp->serverPort();
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
        if (!m_server.bind(tcp))
            m_port = 0;
#else
        m_server.bind(tcp);
#endif
        m_server.route(kPath, [this](const QHttpServerRequest &request) {
            m_hits.append(Hit{request.body(), request.value(QByteArrayLiteral("x-dialgen-signature")),
                              request.value(QByteArrayLiteral("Content-Type")),
                              request.value(QByteArrayLiteral("Authorization")),
                              request.method() == QHttpServerRequest::Method::Post, m_clock.elapsed()});
            const int status =
                m_script.isEmpty() ? 200 : m_script.at(std::min(m_next++, m_script.size() - 1));
            return QHttpServerResponse(QHttpServerResponder::StatusCode(status));
        });
    }

    bool isListening() const
    {
        return m_port != 0;
    }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(kPath));
    }
    void setScript(const QList<int> &statuses)
    {
        m_script = statuses;
        m_next = 0;
    }
    const QList<Hit> &hits() const
    {
        return m_hits;
    }
    qint64 elapsed() const
    {
        return m_clock.elapsed();
    }

private:
    QHttpServer m_server;
    quint16 m_port = 0;
    QList<int> m_script;
    qsizetype m_next = 0;
    QList<Hit> m_hits;
    QElapsedTimer m_clock;
};

// Waits until nothing is waiting or running.
bool waitIdle(WebhookDispatcher &dispatcher, int timeoutMs = 20000)
{
    const WebhookStats stats = dispatcher.stats();
    if (stats.pending == 0 && stats.inFlight == 0)
        return true;
    QSignalSpy idle(&dispatcher, &WebhookDispatcher::idle);
    return idle.wait(timeoutMs);
}

// A single call with a forced outcome, ended by the world's own events.
QString endCall(SimWorld &world, SimOutcome outcome = SimOutcome::Answered)
{
    CallOptions options;
    options.outcome = outcome;
    options.talkSeconds = 45;
    options.startDelayMs = 0;
    const QString id = world.createCall(options);
    world.advanceTo(world.now().addSecs(3600));
    return id;
}

QJsonObject object(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

const QStringList &flatKeys()
{
    static const QStringList keys =
        sorted({QStringLiteral("event"), QStringLiteral("callId"), QStringLiteral("status"),
                QStringLiteral("duration"), QStringLiteral("contactId"), QStringLiteral("summary"),
                QStringLiteral("recordingUrl")});
    return keys;
}

const QStringList &nestedCallDataKeys()
{
    static const QStringList keys =
        sorted({QStringLiteral("id"), QStringLiteral("contactId"), QStringLiteral("agentId"),
                QStringLiteral("batchId"), QStringLiteral("status"), QStringLiteral("startTime"),
                QStringLiteral("endTime"), QStringLiteral("duration"), QStringLiteral("phoneNumber"),
                QStringLiteral("contactName"), QStringLiteral("transcription"),
                QStringLiteral("recordingUrl"), QStringLiteral("summary"), QStringLiteral("metricJson")});
    return keys;
}

bool isFlat(const QJsonObject &body)
{
    return sortedKeys(body) == flatKeys() &&
           body.value(QStringLiteral("event")).toString() == QLatin1String("call.completed");
}

bool isNested(const QJsonObject &body)
{
    return sortedKeys(body) == sorted({QStringLiteral("success"), QStringLiteral("callData"),
                                       QStringLiteral("metricSchema")}) &&
           body.value(QStringLiteral("success")).toBool() &&
           sortedKeys(body.value(QStringLiteral("callData")).toObject()) == nestedCallDataKeys() &&
           body.value(QStringLiteral("metricSchema")).isObject();
}

// A port nothing listens on (it was free a moment ago).
quint16 deadPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress(QHostAddress::LocalHost), 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

class TestWebhookDispatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsOnlySafeTargets_data();
    void acceptsOnlySafeTargets();
    void worldHooks();
    void callEndDeliversOnce_data();
    void callEndDeliversOnce();
    void headersFollowOptions();
    void shapes_data();
    void shapes();
    void mixedProducesBoth();
    void retriesWithConfiguredDelays();
    void givesUpAfterLastRetry();
    void timesOut();
    void duplicates();
    void deadReceiverStaysBounded();
    void batchCompleted();
    void cancelledBatchFails();
    void sameSeedSameShapes();
    void worldUnchangedByWebhooks();
    void simulatorWiring();
    void throughput();
};

void TestWebhookDispatcher::acceptsOnlySafeTargets_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("http loopback") << QStringLiteral("http://127.0.0.1:8787/webhooks/dialgen") << true;
    QTest::newRow("http 127/8") << QStringLiteral("http://127.1.2.3:8787/hook") << true;
    QTest::newRow("http ::1") << QStringLiteral("http://[::1]:8787/hook") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://LocalHost:8787/hook") << true;
    QTest::newRow("https anywhere") << QStringLiteral("https://hooks.example.com/dialgen") << true;
    QTest::newRow("http off loopback") << QStringLiteral("http://hooks.example.com/dialgen") << false;
    QTest::newRow("http private address") << QStringLiteral("http://192.168.1.10:8787/hook") << false;
    QTest::newRow("http localhost lookalike") << QStringLiteral("http://localhost.example.com/hook") << false;
    QTest::newRow("other scheme") << QStringLiteral("ftp://127.0.0.1/hook") << false;
    QTest::newRow("relative") << QStringLiteral("/webhooks/dialgen") << false;
}

void TestWebhookDispatcher::acceptsOnlySafeTargets()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    QString error;
    QCOMPARE(WebhookDispatcher::isAcceptableTarget(QUrl(url), &error), accepted);
    QCOMPARE(error.isEmpty(), accepted);

    SimWorld world(quietConfig(), t0());
    WebhookDispatcher dispatcher(world);
    QVERIFY(dispatcher.setTarget(QUrl(QStringLiteral("http://127.0.0.1:1/x"))));
    QVERIFY(dispatcher.isEnabled());
    // A refused URL switches delivery off rather than keeping the previous target.
    QCOMPARE(dispatcher.setTarget(QUrl(url)), accepted);
    QCOMPARE(dispatcher.isEnabled(), accepted);
    QCOMPARE(dispatcher.target().isEmpty(), !accepted);
}

void TestWebhookDispatcher::worldHooks()
{
    SimWorld world(quietConfig(), t0());
    QSignalSpy ended(&world, &SimWorld::callEnded);
    QSignalSpy completed(&world, &SimWorld::batchCompleted);
    QSignalSpy cancelled(&world, &SimWorld::batchCancelled);

    // A MISSED attempt with a retry left is an end too; the retry's end is another one.
    CallOptions retried;
    retried.outcome = SimOutcome::Busy;
    retried.retry.maxAttempts = 2;
    retried.startDelayMs = 0;
    const QString callId = world.createCall(retried);
    world.advanceTo(world.now().addSecs(60));
    QCOMPARE(ended.count(), 1);
    QCOMPARE(world.call(callId)->status, SimCallStatus::Missed);
    QVERIFY(world.call(callId)->retryPending());
    world.advanceTo(world.now().addSecs(3600));
    QCOMPARE(ended.count(), 2);
    QCOMPARE(ended.at(1).at(0).toString(), callId);

    BatchOptions options;
    options.outcome = SimOutcome::Answered;
    options.talkSeconds = 20;
    options.dialSpacingMs = 1000;
    const QString batchId = world.createBatch(3, options);
    world.advanceTo(world.now().addSecs(3600));
    QCOMPARE(ended.count(), 5);
    QCOMPARE(completed.count(), 1);
    QCOMPARE(completed.at(0).at(0).toString(), batchId);
    QCOMPARE(cancelled.count(), 0);

    options.startDelayMs = 3'600'000;
    const QString cancelledId = world.createBatch(4, options);
    QCOMPARE(world.cancelBatch(cancelledId), 4);
    QCOMPARE(ended.count(), 9);
    QCOMPARE(cancelled.count(), 1);
    QCOMPARE(cancelled.at(0).at(0).toString(), cancelledId);
    world.advanceTo(world.now().addSecs(7200));
    QCOMPARE(completed.count(), 1); // a cancelled batch never reports batch.completed

    // Nor when a call still ONGOING at the cancellation ends later, making every call final.
    BatchOptions slow;
    slow.outcome = SimOutcome::Answered;
    slow.talkSeconds = 600;
    slow.dialSpacingMs = 600'000;
    const QString slowId = world.createBatch(2, slow);
    world.advanceTo(world.now().addSecs(60));
    QCOMPARE(world.batch(slowId)->ongoing, 1);
    QCOMPARE(world.cancelBatch(slowId), 1);
    QCOMPARE(cancelled.count(), 2);
    const int endedBefore = static_cast<int>(ended.count());
    world.advanceTo(world.now().addSecs(3600));
    QCOMPARE(world.batch(slowId)->pending, 0);
    QVERIFY(world.batch(slowId)->completedAt.isValid());
    QCOMPARE(ended.count(), endedBefore + 1);
    QCOMPARE(completed.count(), 1);
}

void TestWebhookDispatcher::callEndDeliversOnce_data()
{
    QTest::addColumn<SimOutcome>("outcome");
    QTest::addColumn<QString>("status");
    QTest::newRow("completed") << SimOutcome::Answered << QStringLiteral("COMPLETED");
    QTest::newRow("missed") << SimOutcome::NoAnswer << QStringLiteral("MISSED");
    QTest::newRow("failed") << SimOutcome::InvalidNumber << QStringLiteral("FAILED");
}

void TestWebhookDispatcher::callEndDeliversOnce()
{
    QFETCH(SimOutcome, outcome);
    QFETCH(QString, status);
    Receiver receiver;
    QVERIFY(receiver.isListening());
    SimWorld world(quietConfig(), t0());
    WebhookDispatcher dispatcher(world);
    QVERIFY(dispatcher.setTarget(receiver.url(), kSecret, testOptions()));
    QSignalSpy queued(&dispatcher, &WebhookDispatcher::deliveryQueued);
    QSignalSpy attempts(&dispatcher, &WebhookDispatcher::attemptFinished);

    const QString callId = endCall(world, outcome);
    // Sent from inside the world's signal: no batching delay, the request is already running.
    QCOMPARE(dispatcher.stats().events, 1u);
    QCOMPARE(dispatcher.stats().attempted, 1u);
    QCOMPARE(dispatcher.stats().inFlight, 1);
    QCOMPARE(dispatcher.stats().pending, 0);

    QVERIFY(waitIdle(dispatcher));
    QCOMPARE(receiver.hits().size(), 1);
    QCOMPARE(queued.count(), 1);
    QCOMPARE(attempts.count(), 1);
    const auto attempt = attempts.at(0).at(0).value<WebhookAttempt>();
    QCOMPARE(attempt.outcome, WebhookAttempt::Outcome::Delivered);
    QCOMPARE(attempt.httpStatus, 200);
    QCOMPARE(attempt.subject, callId);
    QCOMPARE(attempt.attempt, 1);

    const Receiver::Hit &hit = receiver.hits().constFirst();
    QVERIFY(hit.post);
    QCOMPARE(hit.contentType, QByteArrayLiteral("application/json"));
    // The signature is the lowercase hex HMAC-SHA256 of the exact bytes received.
    const QByteArray expected =
        QMessageAuthenticationCode::hash(hit.body, kSecret, QCryptographicHash::Sha256).toHex();
    QCOMPARE(hit.signature, expected);
    QCOMPARE(hit.signature, hit.signature.toLower());
    QCOMPARE(hit.signature.size(), 64);
    QVERIFY(hit.authorization.isEmpty());

    const auto delivery = queued.at(0).at(0).value<WebhookDelivery>();
    QCOMPARE(delivery.body, hit.body);
    QVERIFY(!delivery.duplicate);
    const QJsonObject body = object(hit.body);
    const SimCall call = *world.call(callId);
    if (delivery.payload == WebhookPayload::CallFlat) {
        QVERIFY(isFlat(body));
        QCOMPARE(body.value(QStringLiteral("callId")).toString(), callId);
        QCOMPARE(body.value(QStringLiteral("status")).toString(), status);
        QCOMPARE(body.value(QStringLiteral("contactId")).toString(), call.contactId);
    } else {
        QCOMPARE(delivery.payload, WebhookPayload::CallNested);
        QVERIFY(isNested(body));
        const QJsonObject callData = body.value(QStringLiteral("callData")).toObject();
        QCOMPARE(callData.value(QStringLiteral("id")).toString(), callId);
        QCOMPARE(callData.value(QStringLiteral("status")).toString(), status);
        QVERIFY(callData.value(QStringLiteral("batchId")).isNull());
    }
    const WebhookStats stats = dispatcher.stats();
    QCOMPARE(stats.succeeded, 1u);
    QCOMPARE(stats.failed, 0u);
    QCOMPARE(stats.retried, 0u);
    QCOMPARE(stats.duplicated, 0u);
}

void TestWebhookDispatcher::headersFollowOptions()
{
    Receiver receiver;
    QVERIFY(receiver.isListening());
    SimWorld world(quietConfig(), t0());
    WebhookDispatcher dispatcher(world);

    // No secret: no signature header. A bearer token: sent as Authorization.
    WebhookOptions options = testOptions();
    options.bearerToken = QByteArrayLiteral("receiver-token");
    QVERIFY(dispatcher.setTarget(receiver.url(), {}, options));
    endCall(world);
    QVERIFY(waitIdle(dispatcher));
    QCOMPARE(receiver.hits().size(), 1);
    QVERIFY(receiver.hits().at(0).signature.isEmpty());
    QCOMPARE(receiver.hits().at(0).authorization, QByteArrayLiteral("Bearer receiver-token"));

    // Off: nothing is queued or sent.
    QVERIFY(dispatcher.setTarget(QUrl()));
    QVERIFY(!dispatcher.isEnabled());
    endCall(world);
    QCOMPARE(dispatcher.stats().events, 1u);
    QCOMPARE(dispatcher.stats().inFlight, 0);
    QCOMPARE(receiver.hits().size(), 1);
}

void TestWebhookDispatcher::shapes_data()
{
    QTest::addColumn<WebhookShape>("shape");
    QTest::newRow("flat") << WebhookShape::Flat;
    QTest::newRow("nested") << WebhookShape::Nested;
}

void TestWebhookDispatcher::shapes()
{
    QFETCH(WebhookShape, shape);
    Receiver receiver;
    QVERIFY(receiver.isListening());
    SimWorld world(quietConfig(3), t0());
    WebhookDispatcher dispatcher(world);
    QVERIFY(dispatcher.setTarget(receiver.url(), kSecret, testOptions(shape)));

    // A completed single call and a completed call of a batch.
    const QString single = endCall(world, SimOutcome::Answered);
    BatchOptions batchOptions;
    batchOptions.outcome = SimOutcome::Answered;
    batchOptions.talkSeconds = 30;
    const QString batchId = world.createBatch(1, batchOptions);
    world.advanceTo(world.now().addSecs(3600));
    const QString batched = world.batch(batchId)->callIds.constFirst();
    QVERIFY(waitIdle(dispatcher));
    QCOMPARE(receiver.hits().size(), 3); // two calls and batch.completed

    for (const QString &callId : {single, batched}) {
        const SimCall call = *world.call(callId);
        QByteArray bodyBytes;
        for (const Receiver::Hit &hit : receiver.hits()) {
            if (hit.body.contains(callId.toUtf8()) && !hit.body.contains("batch.completed"))
                bodyBytes = hit.body;
        }
        QVERIFY2(!bodyBytes.isEmpty(), qPrintable(callId));
        const QJsonObject body = object(bodyBytes);
        if (shape == WebhookShape::Flat) {
            QVERIFY2(isFlat(body), bodyBytes.constData());
            QCOMPARE(body.value(QStringLiteral("status")).toString(), QStringLiteral("COMPLETED"));
            QCOMPARE(body.value(QStringLiteral("duration")).toInt(), callId == single ? 45 : 30);
            QVERIFY(!body.value(QStringLiteral("summary")).toString().isEmpty());
            QCOMPARE(body.value(QStringLiteral("recordingUrl")).toString(), call.recordingUrl);
        } else {
            QVERIFY2(isNested(body), bodyBytes.constData());
            const QJsonObject data = body.value(QStringLiteral("callData")).toObject();
            QCOMPARE(data.value(QStringLiteral("id")).toString(), callId);
            QCOMPARE(data.value(QStringLiteral("agentId")).toString(), call.agentId);
            QCOMPARE(data.value(QStringLiteral("recordingUrl")).toString(), call.recordingUrl);
            QCOMPARE(data.value(QStringLiteral("endTime")).toString(),
                     call.endedAt.toString(Qt::ISODateWithMs));
            if (callId == batched)
                QCOMPARE(data.value(QStringLiteral("batchId")).toString(), batchId);
            else
                QVERIFY(data.value(QStringLiteral("batchId")).isNull());
            const QJsonArray transcription = data.value(QStringLiteral("transcription")).toArray();
            QVERIFY(!transcription.isEmpty());
            QVERIFY(transcription.at(0).toObject().contains(QStringLiteral("role")));
            QVERIFY(transcription.at(0).toObject().contains(QStringLiteral("content")));
            const QJsonObject metrics = data.value(QStringLiteral("metricJson")).toObject();
            QVERIFY(metrics.contains(QStringLiteral("sentiment")));
            QVERIFY(metrics.contains(QStringLiteral("confidence")));
            QVERIFY(body.value(QStringLiteral("metricSchema")).toObject().contains(QStringLiteral("intent")));
        }
    }
}

void TestWebhookDispatcher::mixedProducesBoth()
{
    Receiver receiver;
    QVERIFY(receiver.isListening());
    SimWorld world(quietConfig(5), t0());
    WebhookDispatcher dispatcher(world);
    QVERIFY(dispatcher.setTarget(receiver.url(), kSecret, testOptions(WebhookShape::Mixed)));
    for (int i = 0; i < 40; ++i)
        endCall(world);
    QVERIFY(waitIdle(dispatcher));
    QCOMPARE(receiver.hits().size(), 40);
    int flat = 0;
    int nested = 0;
    for (const Receiver::Hit &hit : receiver.hits()) {
        const QJsonObject body = object(hit.body);
        if (isFlat(body))
            ++flat;
        else if (isNested(body))
            ++nested;
    }
    QCOMPARE(flat + nested, 40);
    QVERIFY(flat > 0);
    QVERIFY(nested > 0);
}

void TestWebhookDispatcher::retriesWithConfiguredDelays()
{
    Receiver receiver;
    QVERIFY(receiver.isListening());
    receiver.setScript({500, 500, 200});
    SimWorld world(quietConfig(), t0());
    WebhookDispatcher dispatcher(world);
    WebhookOptions options = testOptions(WebhookShape::Nested);
    options.retryDelaysMs = {40, 150, 400};
    QVERIFY(dispatcher.setTarget(receiver.url(), kSecret, options));
    QSignalSpy attempts(&dispatcher, &WebhookDispatcher::attemptFinished);

    endCall(world);
    QVERIFY(waitIdle(dispatcher));
    QCOMPARE(receiver.hits().size(), 3);
    QCOMPARE(attempts.count(), 3);
    const auto first = attempts.at(0).at(0).value<WebhookAttempt>();
    const auto second = attempts.at(1).at(0).value<WebhookAttempt>();
    const auto third = attempts.at(2).at(0).value<WebhookAttempt>();
    QCOMPARE(first.httpStatus, 500);
    QCOMPARE(first.outcome, WebhookAttempt::Outcome::WillRetry);
    QCOMPARE(first.retryInMs, 40);
    QCOMPARE(first.attempt, 1);
    QCOMPARE(second.httpStatus, 500);
    QCOMPARE(second.outcome, WebhookAttempt::Outcome::WillRetry);
    QCOMPARE(second.retryInMs, 150);
    QCOMPARE(second.attempt, 2);
    QCOMPARE(third.httpStatus, 200);
    QCOMPARE(third.outcome, WebhookAttempt::Outcome::Delivered);
    QCOMPARE(third.retryInMs, -1);
    QCOMPARE(third.attempt, 3);
    QCOMPARE(first.deliveryId, third.deliveryId);

    // The same bytes every time, and each retry waited at least its delay (in the configured order).
    const QList<Receiver::Hit> &hits = receiver.hits();
    QCOMPARE(hits.at(1).body, hits.at(0).body);
    QCOMPARE(hits.at(2).body, hits.at(0).body);
    QCOMPARE(hits.at(2).signature, hits.at(0).signature);
    QVERIFY2(hits.at(1).atMs - hits.at(0).atMs >= 40,
             qPrintable(QString::number(hits.at(1).atMs - hits.at(0).atMs)));
    QVERIFY2(hits.at(2).atMs - hits.at(1).atMs >= 150,
             qPrintable(QString::number(hits.at(2).atMs - hits.at(1).atMs)));

    const WebhookStats stats = dispatcher.stats();
    QCOMPARE(stats.attempted, 3u);
    QCOMPARE(stats.retried, 2u);
    QCOMPARE(stats.succeeded, 1u);
    QCOMPARE(stats.failed, 0u);
}

void TestWebhookDispatcher::givesUpAfterLastRetry()
{
    Receiver receiver;
    QVERIFY(receiver.isListening());
    receiver.setScript({500});
    SimWorld world(quietConfig(), t0());
    WebhookDispatcher dispatcher(world);
    QVERIFY(dispatcher.setTarget(receiver.url(), kSecret, testOptions()));
    QSignalSpy attempts(&dispatcher, &WebhookDispatcher::attemptFinished);

    endCall(world);
    QVERIFY(waitIdle(dispatcher));
    QCOMPARE(receiver.hits().size(), 4); // the first try and three retries
    QCOMPARE(attempts.count(), 4);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(attempts.at(i).at(0).value<WebhookAttempt>().outcome, WebhookAttempt::Outcome::WillRetry);
    const auto last = attempts.at(3).at(0).value<WebhookAttempt>();
    QCOMPARE(last.outcome, WebhookAttempt::Outcome::GaveUp);
    QCOMPARE(last.attempt, 4);
    QCOMPARE(last.httpStatus, 500);
    QVERIFY(last.error.contains(QLatin1String("500")));

    const WebhookStats stats = dispatcher.stats();
    QCOMPARE(stats.attempted, 4u);
    QCOMPARE(stats.retried, 3u);
    QCOMPARE(stats.failed, 1u);
    QCOMPARE(stats.succeeded, 0u);
}

void TestWebhookDispatcher::timesOut()
{
    // Accepts connections and never answers.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress(QHostAddress::LocalHost), 0));
    QList<QTcpSocket *> held;
    connect(&silent, &QTcpServer::newConnection, this, [&silent, &held] {
        while (QTcpSocket *socket = silent.nextPendingConnection())
            held.append(socket);
    });

    SimWorld world(quietConfig(), t0());
    WebhookDispatcher dispatcher(world);
    WebhookOptions options = testOptions();
    options.timeoutMs = 150;
    options.retryDelaysMs = {10};
    QVERIFY(dispatcher.setTarget(QUrl(QStringLiteral("http://127.0.0.1:%1/hook").arg(silent.serverPort())),
                                 kSecret, options));
    QSignalSpy attempts(&dispatcher, &WebhookDispatcher::attemptFinished);
    endCall(world);
    QVERIFY(waitIdle(dispatcher));
    QCOMPARE(attempts.count(), 2);
    const auto first = attempts.at(0).at(0).value<WebhookAttempt>();
    const auto last = attempts.at(1).at(0).value<WebhookAttempt>();
    QCOMPARE(first.outcome, WebhookAttempt::Outcome::WillRetry);
    QCOMPARE(last.outcome, WebhookAttempt::Outcome::GaveUp);
    QCOMPARE(last.httpStatus, 0);
    QVERIFY2(last.error.contains(QLatin1String("150 ms")), qPrintable(last.error));
    QCOMPARE(dispatcher.stats().failed, 1u);
    qDeleteAll(held);
}

void TestWebhookDispatcher::duplicates()
{
    Receiver receiver;
    QVERIFY(receiver.isListening());
    SimWorld world(quietConfig(), t0());
    WebhookDispatcher dispatcher(world);
    WebhookOptions options = testOptions();
    options.duplicateProbability = 1;
    QVERIFY(dispatcher.setTarget(receiver.url(), kSecret, options));
    QSignalSpy queued(&dispatcher, &WebhookDispatcher::deliveryQueued);

    endCall(world);
    QVERIFY(waitIdle(dispatcher));
    QCOMPARE(receiver.hits().size(), 2);
    QCOMPARE(receiver.hits().at(0).body, receiver.hits().at(1).body);
    QCOMPARE(receiver.hits().at(0).signature, receiver.hits().at(1).signature);
    QCOMPARE(queued.count(), 2);
    QVERIFY(!queued.at(0).at(0).value<WebhookDelivery>().duplicate);
    QVERIFY(queued.at(1).at(0).value<WebhookDelivery>().duplicate);

    const WebhookStats stats = dispatcher.stats();
    QCOMPARE(stats.events, 1u);
    QCOMPARE(stats.duplicated, 1u);
    QCOMPARE(stats.succeeded, 2u);
}

void TestWebhookDispatcher::deadReceiverStaysBounded()
{
    const quint16 port = deadPort();
    QVERIFY(port != 0);
    SimWorld world(quietConfig(), t0());
    WebhookDispatcher dispatcher(world);
    WebhookOptions options = testOptions(WebhookShape::Nested);
    options.queueCap = 50;
    options.maxInFlight = 4;
    options.retryDelaysMs = {5, 5};
    QVERIFY(dispatcher.setTarget(QUrl(QStringLiteral("http://127.0.0.1:%1/webhooks/dialgen").arg(port)),
                                 kSecret, options));
    qsizetype maxPending = 0;
    qsizetype maxInFlight = 0;
    const auto watch = [&dispatcher, &maxPending, &maxInFlight] {
        maxPending = std::max(maxPending, dispatcher.stats().pending);
        maxInFlight = std::max(maxInFlight, dispatcher.stats().inFlight);
    };
    connect(&dispatcher, &WebhookDispatcher::deliveryQueued, this, watch);
    connect(&dispatcher, &WebhookDispatcher::attemptFinished, this, watch);
    QSignalSpy dropped(&dispatcher, &WebhookDispatcher::deliveryDropped);

    // 1000 calls end at once, far beyond the cap.
    const int calls = 1000;
    for (int i = 0; i < calls; ++i) {
        CallOptions callOptions;
        callOptions.startDelayMs = 3'600'000;
        QVERIFY(world.forceStatus(world.createCall(callOptions), SimCallStatus::Failed,
                                  QStringLiteral("NETWORK_ERROR")));
        QVERIFY(dispatcher.stats().pending <= options.queueCap);
    }
    QCOMPARE(dispatcher.stats().inFlight, 4);
    QCOMPARE(dispatcher.stats().pending, 50);
    QCOMPARE(dispatcher.stats().dropped, quint64(calls - 4 - 50));

    QVERIFY(waitIdle(dispatcher));
    const WebhookStats stats = dispatcher.stats();
    qInfo("dead receiver: %llu events, %llu attempts, %llu failed, %llu dropped, at most %lld waiting",
          static_cast<unsigned long long>(stats.events), static_cast<unsigned long long>(stats.attempted),
          static_cast<unsigned long long>(stats.failed), static_cast<unsigned long long>(stats.dropped),
          static_cast<long long>(maxPending));
    QCOMPARE(stats.events, quint64(calls));
    QCOMPARE(stats.succeeded, 0u);
    QVERIFY(stats.failed > 0);
    QVERIFY(stats.retried > 0);
    // Every event ends either given up or dropped, and nothing is left over.
    QCOMPARE(stats.failed + stats.dropped, quint64(calls));
    QCOMPARE(quint64(dropped.count()), stats.dropped);
    QCOMPARE(stats.pending, 0);
    QCOMPARE(stats.inFlight, 0);
    QVERIFY(maxPending <= options.queueCap);
    QVERIFY(maxInFlight <= options.maxInFlight);
}

void TestWebhookDispatcher::batchCompleted()
{
    Receiver receiver;
    QVERIFY(receiver.isListening());
    SimWorld world(quietConfig(9), t0());
    WebhookDispatcher dispatcher(world);
    QVERIFY(dispatcher.setTarget(receiver.url(), kSecret, testOptions(WebhookShape::Flat)));

    BatchOptions options;
    options.talkSeconds = 30;
    options.dialSpacingMs = 2000;
    options.outcome = SimOutcome::Answered;
    const QString batchId = world.createBatch(4, options);
    world.forceStatus(world.batch(batchId)->callIds.at(3), SimCallStatus::Failed,
                      QStringLiteral("INVALID_NUMBER"));
    world.advanceTo(world.now().addSecs(3600));
    QVERIFY(waitIdle(dispatcher));

    QCOMPARE(receiver.hits().size(), 5);
    // The batch event comes after the event of the call that completed the batch.
    const QJsonObject event = object(receiver.hits().constLast().body);
    QCOMPARE(sortedKeys(event),
             sorted({QStringLiteral("event"), QStringLiteral("batchId"), QStringLiteral("agentId"),
                     QStringLiteral("userId"), QStringLiteral("statistics"), QStringLiteral("timestamps")}));
    QCOMPARE(event.value(QStringLiteral("event")).toString(), QStringLiteral("batch.completed"));
    QCOMPARE(event.value(QStringLiteral("batchId")).toString(), batchId);
    QCOMPARE(event.value(QStringLiteral("agentId")).toString(), world.batch(batchId)->agentId);
    QCOMPARE(event.value(QStringLiteral("userId")).toString(), world.userId());
    const QJsonObject statistics = event.value(QStringLiteral("statistics")).toObject();
    QCOMPARE(statistics.value(QStringLiteral("total")).toInt(), 4);
    QCOMPARE(statistics.value(QStringLiteral("processed")).toInt(), 4);
    QCOMPARE(statistics.value(QStringLiteral("succeeded")).toInt(), 3);
    QCOMPARE(statistics.value(QStringLiteral("failed")).toInt(), 1);
    QCOMPARE(statistics.value(QStringLiteral("pending")).toInt(), 0);
    QCOMPARE(statistics.value(QStringLiteral("percentComplete")).toDouble(), 100.0);
    QCOMPARE(statistics.value(QStringLiteral("successRate")).toDouble(), 75.0);
    const QJsonObject timestamps = event.value(QStringLiteral("timestamps")).toObject();
    QCOMPARE(timestamps.value(QStringLiteral("completedAt")).toString(),
             world.batch(batchId)->completedAt.toString(Qt::ISODateWithMs));
    QVERIFY(timestamps.value(QStringLiteral("createdAt")).isString());
    QVERIFY(timestamps.value(QStringLiteral("startedAt")).isString());
    // The four call events before it.
    for (int i = 0; i < 4; ++i)
        QVERIFY(isFlat(object(receiver.hits().at(i).body)));
}

void TestWebhookDispatcher::cancelledBatchFails()
{
    Receiver receiver;
    QVERIFY(receiver.isListening());
    SimWorld world(quietConfig(), t0());
    WebhookDispatcher dispatcher(world);
    QVERIFY(dispatcher.setTarget(receiver.url(), kSecret, testOptions(WebhookShape::Flat)));
    QSignalSpy queued(&dispatcher, &WebhookDispatcher::deliveryQueued);

    BatchOptions options;
    options.startDelayMs = 3'600'000;
    const QString batchId = world.createBatch(3, options);
    QCOMPARE(world.cancelBatch(batchId), 3);
    world.advanceTo(world.now().addSecs(4 * 3600));
    QVERIFY(waitIdle(dispatcher));

    QCOMPARE(receiver.hits().size(), 4);
    for (int i = 0; i < 3; ++i) {
        const QJsonObject call = object(receiver.hits().at(i).body);
        QVERIFY(isFlat(call));
        QCOMPARE(call.value(QStringLiteral("status")).toString(), QStringLiteral("FAILED"));
    }
    const QJsonObject event = object(receiver.hits().constLast().body);
    QCOMPARE(sortedKeys(event),
             sorted({QStringLiteral("event"), QStringLiteral("batchId"), QStringLiteral("agentId"),
                     QStringLiteral("error"), QStringLiteral("code"), QStringLiteral("timestamp")}));
    QCOMPARE(event.value(QStringLiteral("event")).toString(), QStringLiteral("batch.failed"));
    QCOMPARE(event.value(QStringLiteral("batchId")).toString(), batchId);
    QCOMPARE(event.value(QStringLiteral("code")).toString(), QStringLiteral("BATCH_CANCELLED"));
    QVERIFY(!event.value(QStringLiteral("error")).toString().isEmpty());
    QCOMPARE(event.value(QStringLiteral("timestamp")).toString(), t0().toString(Qt::ISODateWithMs));
    QCOMPARE(queued.constLast().at(0).value<WebhookDelivery>().payload, WebhookPayload::BatchFailed);
}

void TestWebhookDispatcher::sameSeedSameShapes()
{
    Receiver receiver;
    QVERIFY(receiver.isListening());
    // The sequence of deliveries for 40 call ends and a batch, and the decisions alone (payload, duplicate).
    const auto run = [&receiver](quint64 seed) {
        SimWorld world(quietConfig(seed), t0());
        WebhookDispatcher dispatcher(world);
        WebhookOptions options = testOptions(WebhookShape::Mixed);
        options.duplicateProbability = 0.3;
        dispatcher.setTarget(receiver.url(), kSecret, options);
        QStringList sequence;
        QStringList decisions;
        QObject context;
        QObject::connect(&dispatcher, &WebhookDispatcher::deliveryQueued, &context,
                         [&sequence, &decisions](const WebhookDelivery &delivery) {
                             const QString decision = QStringLiteral("%1:%2")
                                                          .arg(static_cast<int>(delivery.payload))
                                                          .arg(delivery.duplicate ? 1 : 0);
                             sequence.append(delivery.subject + QLatin1Char(':') + decision);
                             decisions.append(decision);
                         });
        for (int i = 0; i < 40; ++i)
            endCall(world);
        BatchOptions batchOptions;
        batchOptions.outcome = SimOutcome::Answered;
        world.createBatch(5, batchOptions);
        world.advanceTo(world.now().addSecs(3600));
        waitIdle(dispatcher);
        return std::make_pair(sequence, decisions);
    };
    const auto [first, firstDecisions] = run(21);
    const auto [again, againDecisions] = run(21);
    const auto [other, otherDecisions] = run(22);
    QVERIFY(first.size() >= 46);
    QVERIFY(firstDecisions.contains(QStringLiteral("0:1"))); // some flat duplicates...
    QVERIFY(firstDecisions.contains(QStringLiteral("1:0"))); // ...and some nested single deliveries
    QCOMPARE(again, first);
    QVERIFY(otherDecisions != firstDecisions);
}

void TestWebhookDispatcher::worldUnchangedByWebhooks()
{
    // Webhook decisions use streams of their own: the traffic is the same with or without delivery.
    Receiver receiver;
    QVERIFY(receiver.isListening());
    SimConfig config = quietConfig(33);
    config.autoTraffic = true;
    config.singleCallMeanGapSeconds = 60;
    config.batchMeanGapSeconds = 1800;
    const auto run = [&](bool withWebhooks) {
        SimWorld world(config, t0());
        WebhookDispatcher dispatcher(world);
        if (withWebhooks)
            dispatcher.setTarget(receiver.url(), kSecret, testOptions());
        world.advanceTo(t0().addSecs(3 * 3600));
        QStringList states;
        for (const QString &id : world.callIds()) {
            const SimCall call = *world.call(id);
            states.append(id + callStatusName(call.status) + call.error + QString::number(call.attempt));
        }
        const quint64 events = dispatcher.stats().events;
        waitIdle(dispatcher);
        return std::make_pair(states, events);
    };
    const auto [plain, none] = run(false);
    const auto [hooked, events] = run(true);
    QCOMPARE(none, 0u);
    QVERIFY(events > 20);
    QCOMPARE(hooked, plain);
}

void TestWebhookDispatcher::simulatorWiring()
{
    Receiver receiver;
    QVERIFY(receiver.isListening());
    DialgenSimulator simulator(quietConfig());
    QString error;
    QVERIFY(!simulator.setWebhookTarget(QUrl(QStringLiteral("http://hooks.example.com/dialgen")), kSecret, {},
                                        &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!simulator.webhooks().isEnabled());
    QVERIFY(simulator.setWebhookTarget(receiver.url(), kSecret, testOptions(WebhookShape::Nested), &error));
    QVERIFY(simulator.webhooks().isEnabled());

    CallOptions options;
    options.startDelayMs = 0;
    const QString callId = simulator.world().createCall(options);
    simulator.world().forceStatus(callId, SimCallStatus::Ongoing);
    const qint64 endedAt = receiver.elapsed();
    simulator.world().forceStatus(callId, SimCallStatus::Completed);
    QCOMPARE(simulator.webhooks().stats().inFlight, 1);
    QVERIFY(waitIdle(simulator.webhooks()));
    QCOMPARE(receiver.hits().size(), 1);
    qInfo("call end -> webhook received: %lld ms",
          static_cast<long long>(receiver.hits().at(0).atMs - endedAt));
    const QJsonObject body = object(receiver.hits().at(0).body);
    QVERIFY(isNested(body));
    QCOMPARE(body.value(QStringLiteral("callData")).toObject().value(QStringLiteral("id")).toString(),
             callId);
    QCOMPARE(receiver.hits().at(0).signature,
             WebhookDispatcher::signature(receiver.hits().at(0).body, kSecret));

    // Off again: nothing more is delivered.
    QVERIFY(simulator.setWebhookTarget(QUrl()));
    simulator.world().forceStatus(simulator.world().createCall(options), SimCallStatus::Failed,
                                  QStringLiteral("NETWORK_ERROR"));
    QCOMPARE(simulator.webhooks().stats().events, 1u);
    QCOMPARE(simulator.webhooks().stats().attempted, 1u);
}

void TestWebhookDispatcher::throughput()
{
    Receiver receiver;
    QVERIFY(receiver.isListening());
    SimWorld world(quietConfig(), t0());
    WebhookDispatcher dispatcher(world);
    QVERIFY(dispatcher.setTarget(receiver.url(), kSecret, testOptions(WebhookShape::Mixed)));
    const int calls = 2000;
    QStringList ids;
    CallOptions options;
    options.startDelayMs = 3'600'000;
    for (int i = 0; i < calls; ++i)
        ids.append(world.createCall(options));
    QElapsedTimer timer;
    timer.start();
    for (const QString &id : std::as_const(ids))
        world.forceStatus(id, SimCallStatus::Completed);
    QVERIFY(waitIdle(dispatcher, 120000));
    const qint64 ms = std::max<qint64>(1, timer.elapsed());
    QCOMPARE(receiver.hits().size(), calls);
    QCOMPARE(dispatcher.stats().succeeded, quint64(calls));
    qInfo("%d signed deliveries (mixed shapes) to a loopback receiver in %lld ms: %.0f deliveries/s", calls,
          static_cast<long long>(ms), 1000.0 * calls / static_cast<double>(ms));
}

QTEST_GUILESS_MAIN(TestWebhookDispatcher)
#include "tst_webhookdispatcher.moc"

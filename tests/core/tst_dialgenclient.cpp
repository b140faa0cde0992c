#include "testsupport.h"

#include "cannedserver.h"
#include "dialgenclient.h"
#include "sim/dialgensimulator.h"
#include "sim/simworld.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace cw;
using cw::test::CannedServer;

namespace {

// Runs one request to the end and returns the reply's outcome (the reply deletes itself afterwards).
struct Outcome
{
    bool finished = false;
    ApiError error;
    std::optional<CallSnapshot> call;
    std::optional<BatchCalls> batch;
    std::optional<BatchStatistics> statistics;
    std::optional<QList<BatchSummary>> list;
    int requestsSent = 0;
};

Outcome run(ApiReply *reply, int timeoutMs = 10000)
{
    Outcome outcome;
    QObject context;
    QObject::connect(reply, &ApiReply::finished, &context, [&outcome, reply] {
        outcome.finished = true;
        outcome.error = reply->error();
        outcome.requestsSent = reply->requestsSent();
        if (!reply->ok())
            return;
        switch (reply->kind()) {
        case ApiReply::Kind::Call:
        case ApiReply::Kind::PersistentCall:
            outcome.call = reply->call();
            break;
        case ApiReply::Kind::BatchCalls:
            outcome.batch = reply->batchCalls();
            break;
        case ApiReply::Kind::BatchStatistics:
            outcome.statistics = reply->batchStatistics();
            break;
        case ApiReply::Kind::BatchList:
            outcome.list = reply->batchList();
            break;
        }
    });
    if (!QTest::qWaitFor([&outcome] { return outcome.finished; }, timeoutMs))
        reply->abort(); // outcome.finished becomes true with Cancelled, which no test expects
    return outcome;
}

} // namespace

class TestDialgenClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void liveCall();
    void persistentFallbackForOldCall();
    void unknownCallAsksBothEndpoints();
    void persistentOnly();
    void batchEndpoints();
    void bigBatchBodyParsedInTheBackground();
    void idsArePercentEncoded();
    void wrongKeyIsUnauthorized();
    void missingKeySendsNothing();
    void checkBaseUrl_data();
    void checkBaseUrl();
    void plainHttpRefusedForRemoteHost();
    void httpErrors_data();
    void httpErrors();
    void serverErrorFromSimulator();
    void rateLimitedWithRetryAfter();
    void malformedBody();
    void stalledBodyTimesOut();
    void connectionReset();
    void connectionRefused();
    void crossOriginRedirectKeepsKeyHome();
    void sameOriginRedirectIsFollowed();
    void oversizedBodyIsRefused();
    void abortFinishesOnce();
    void parseRetryAfter_data();
    void parseRetryAfter();

private:
    ClientConfig simConfig() const;
    std::unique_ptr<sim::DialgenSimulator> m_sim;
    QNetworkAccessManager m_network;
};

void TestDialgenClient::initTestCase()
{
    sim::SimConfig config;
    config.seed = 42;
    config.autoAdvance = false; // the world only moves when the test says so
    m_sim = std::make_unique<sim::DialgenSimulator>(config);
    QString error;
    QVERIFY2(m_sim->start(0, &error), qPrintable(error));
    QCOMPARE(m_sim->baseUrl().host(), QStringLiteral("127.0.0.1"));
}

void TestDialgenClient::init()
{
    m_sim->setFaults({});
    m_network.clearConnectionCache();
}

ClientConfig TestDialgenClient::simConfig() const
{
    ClientConfig config;
    config.baseUrl = m_sim->baseUrl();
    config.apiKey = m_sim->apiKey();
    config.transferTimeoutMs = 5000;
    return config;
}

void TestDialgenClient::liveCall()
{
    const QString id = m_sim->world().createCall();
    DialgenClient client(&m_network, simConfig());
    const Outcome outcome = run(client.fetchCall(id));
    QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.userMessage()));
    QVERIFY(outcome.call.has_value());
    QCOMPARE(outcome.call->callId, id);
    QCOMPARE(outcome.call->status, CallStatus::Scheduled);
    QCOMPARE(outcome.call->source, SnapshotSource::LiveStatus);
    QVERIFY(outcome.call->receivedAt.isValid());
    QCOMPARE(outcome.requestsSent, 1);
}

void TestDialgenClient::persistentFallbackForOldCall()
{
    const QDateTime cutoff = m_sim->world().now().addDays(-31);
    QString oldId;
    for (const QString &id : m_sim->world().callIds()) {
        const auto call = m_sim->world().call(id);
        if (call && call->createdAt < cutoff) {
            oldId = id;
            break;
        }
    }
    QVERIFY2(!oldId.isEmpty(), "the simulator's history reaches back past 30 days");
    DialgenClient client(&m_network, simConfig());
    const Outcome outcome = run(client.fetchCall(oldId));
    QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.userMessage()));
    QCOMPARE(outcome.requestsSent, 2); // live said 404, persistent answered
    QCOMPARE(outcome.call->callId, oldId);
    QCOMPARE(outcome.call->source, SnapshotSource::PersistentStatus);
    QVERIFY(outcome.call->isTerminal());
}

void TestDialgenClient::unknownCallAsksBothEndpoints()
{
    DialgenClient client(&m_network, simConfig());
    const quint64 before = m_sim->requestCount();
    const Outcome outcome = run(client.fetchCall(QStringLiteral("call_does_not_exist")));
    QCOMPARE(outcome.error.kind, ApiError::Kind::NotFound);
    QCOMPARE(outcome.error.httpStatus, 404);
    QCOMPARE(outcome.requestsSent, 2);
    QCOMPARE(m_sim->requestCount() - before, quint64(2));
}

void TestDialgenClient::persistentOnly()
{
    const QString id = m_sim->world().createCall();
    DialgenClient client(&m_network, simConfig());
    const Outcome outcome = run(client.fetchCallPersistent(id));
    QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.userMessage()));
    QCOMPARE(outcome.call->callId, id);
    QCOMPARE(outcome.call->source, SnapshotSource::PersistentStatus);
}

void TestDialgenClient::bigBatchBodyParsedInTheBackground()
{
    // Bodies of 256 KiB and more are parsed in a worker thread: the same result, in the same order, the
    // same errors; an abort while parsing still finishes the reply once, as cancelled.
    QJsonArray calls;
    for (int i = 0; i < 3000; ++i) {
        calls.append(QJsonObject{
            {QStringLiteral("callId"), QStringLiteral("big_%1").arg(i)},
            {QStringLiteral("status"), i % 2 ? QStringLiteral("COMPLETED") : QStringLiteral("ONGOING")},
            {QStringLiteral("startTime"), QStringLiteral("2025-11-15T14:30:01.123Z")},
            {QStringLiteral("phoneNumber"), QStringLiteral("+15551234567")},
            {QStringLiteral("error"), QJsonValue()},
            {QStringLiteral("duration"), i % 2 ? QJsonValue(60 + i) : QJsonValue()},
            {QStringLiteral("recordingUrl"), QJsonValue()}});
    }
    const QByteArray good = QJsonDocument(QJsonObject{{QStringLiteral("calls"), calls}}).toJson();
    QVERIFY(good.size() >= 256 * 1024);
    QJsonArray broken = calls;
    QJsonObject last = broken.last().toObject();
    last.insert(QStringLiteral("duration"), QStringLiteral("61"));
    broken.replace(broken.size() - 1, last);
    const QByteArray bad = QJsonDocument(QJsonObject{{QStringLiteral("calls"), broken}}).toJson();

    CannedServer server;
    server.serve(QStringLiteral("/api/v1/status/batch"), {200, good, "application/json", {}});
    ClientConfig config;
    config.baseUrl = server.url();
    config.apiKey = QStringLiteral("k");
    DialgenClient client(&m_network, config);
    const Outcome outcome = run(client.fetchBatchCalls(QStringLiteral("b_big")));
    QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.userMessage()));
    QCOMPARE(outcome.batch->batchId, QStringLiteral("b_big"));
    QCOMPARE(outcome.batch->calls.size(), 3000);
    for (int i = 0; i < 3000; ++i) {
        const CallSnapshot &call = outcome.batch->calls.at(i);
        QCOMPARE(call.callId, QStringLiteral("big_%1").arg(i));
        QCOMPARE(call.batchId, QStringLiteral("b_big"));
        QVERIFY(call.receivedAt.isValid());
    }

    server.serve(QStringLiteral("/api/v1/status/batch"), {200, bad, "application/json", {}});
    const Outcome failed = run(client.fetchBatchCalls(QStringLiteral("b_big")));
    QCOMPARE(failed.error.kind, ApiError::Kind::MalformedBody);
    QVERIFY2(failed.error.detail.contains(QStringLiteral("calls[2999].duration")),
             qPrintable(failed.error.detail));

    // Aborted once the body is in (while it is being parsed, or about to be): finished exactly once.
    server.serve(QStringLiteral("/api/v1/status/batch"), {200, good, "application/json", {}});
    ApiReply *reply = client.fetchBatchCalls(QStringLiteral("b_big"));
    int finishedCount = 0;
    QObject context;
    connect(reply, &ApiReply::finished, &context, [&finishedCount] { ++finishedCount; });
    QTRY_COMPARE(client.inFlight(), 0); // the network part is over
    if (finishedCount == 0) {
        reply->abort();
        QCOMPARE(finishedCount, 1);
    }
    QTest::qWait(200); // a parse result posted after the abort is dropped
    QCOMPARE(finishedCount, 1);
}

void TestDialgenClient::batchEndpoints()
{
    const QString batchId = m_sim->world().createBatch(7);
    DialgenClient client(&m_network, simConfig());

    const Outcome calls = run(client.fetchBatchCalls(batchId));
    QVERIFY2(!calls.error.isError(), qPrintable(calls.error.userMessage()));
    QCOMPARE(calls.batch->batchId, batchId);
    QCOMPARE(calls.batch->calls.size(), 7);
    for (const CallSnapshot &call : calls.batch->calls) {
        QCOMPARE(call.batchId, batchId);
        QCOMPARE(call.source, SnapshotSource::BatchStatus);
        QVERIFY(m_sim->world().hasCall(call.callId));
    }

    const Outcome stats = run(client.fetchBatchStatistics(batchId));
    QVERIFY2(!stats.error.isError(), qPrintable(stats.error.userMessage()));
    QCOMPARE(stats.statistics->batchId, batchId);
    QCOMPARE(stats.statistics->total, qint64(7));

    const Outcome list = run(client.fetchBatchList());
    QVERIFY2(!list.error.isError(), qPrintable(list.error.userMessage()));
    QVERIFY(!list.list->isEmpty());
    QCOMPARE(list.list->first().batchId, batchId); // newest first

    const Outcome missing = run(client.fetchBatchCalls(QStringLiteral("batch_nope")));
    QCOMPARE(missing.error.kind, ApiError::Kind::NotFound);
}

void TestDialgenClient::idsArePercentEncoded()
{
    CannedServer server;
    QVERIFY(server.isListening());
    server.serve(QStringLiteral("/api/v1/status/call"),
                 {200, R"({"callId":"a+b&c#d","status":"ONGOING"})", "application/json", {}});
    ClientConfig config;
    config.baseUrl = server.url();
    config.apiKey = QStringLiteral("k");
    DialgenClient client(&m_network, config);
    const Outcome outcome = run(client.fetchCall(QStringLiteral("a+b&c#d")));
    QVERIFY(!outcome.error.isError());
    QCOMPARE(server.seen().size(), 1);
    QCOMPARE(server.seen().first().query, QStringLiteral("callId=a%2Bb%26c%23d"));
    QCOMPARE(server.seen().first().authorization, QByteArray("Bearer k"));
}

void TestDialgenClient::wrongKeyIsUnauthorized()
{
    ClientConfig config = simConfig();
    config.apiKey = QStringLiteral("not-the-key");
    DialgenClient client(&m_network, config);
    const Outcome outcome = run(client.fetchCall(m_sim->world().callIds().constLast()));
    QCOMPARE(outcome.error.kind, ApiError::Kind::Unauthorized);
    QCOMPARE(outcome.error.httpStatus, 401);
    QVERIFY(!outcome.error.serverMessage.isEmpty());
    QCOMPARE(outcome.requestsSent, 1); // a 401 is not a reason to ask the persistent endpoint
    QVERIFY(!outcome.error.userMessage().contains(QStringLiteral("not-the-key")));
}

void TestDialgenClient::missingKeySendsNothing()
{
    ClientConfig config = simConfig();
    config.apiKey.clear();
    DialgenClient client(&m_network, config);
    const quint64 before = m_sim->requestCount();
    const Outcome outcome = run(client.fetchCall(QStringLiteral("call_1")));
    QCOMPARE(outcome.error.kind, ApiError::Kind::MissingApiKey);
    QCOMPARE(m_sim->requestCount(), before);
}

void TestDialgenClient::checkBaseUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https remote") << "https://sa.dialgen.ai" << true;
    QTest::newRow("https with path") << "https://proxy.example.com/dialgen/" << true;
    QTest::newRow("http remote") << "http://sa.dialgen.ai" << false;
    QTest::newRow("http private address") << "http://192.168.1.20:8080" << false;
    QTest::newRow("http loopback v4") << "http://127.0.0.1:8080" << true;
    QTest::newRow("http loopback range") << "http://127.3.4.5:8080" << true;
    QTest::newRow("http loopback v6") << "http://[::1]:8080" << true;
    QTest::newRow("http localhost") << "http://localhost:8080" << true;
    QTest::newRow("http localhost lookalike") << "http://localhost.evil.example" << false;
    QTest::newRow("ftp") << "ftp://sa.dialgen.ai" << false;
    QTest::newRow("no host") << "https://" << false;
    QTest::newRow("user info") << "https://user:pass@sa.dialgen.ai" << false;
}

void TestDialgenClient::checkBaseUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    const ApiError error = DialgenClient::checkBaseUrl(QUrl(url));
    QCOMPARE(!error.isError(), allowed);
    if (!allowed) {
        QCOMPARE(error.kind, ApiError::Kind::InsecureUrl);
        QVERIFY(!error.userMessage().isEmpty());
    }
}

void TestDialgenClient::plainHttpRefusedForRemoteHost()
{
    ClientConfig config;
    config.baseUrl = QUrl(QStringLiteral("http://sa.dialgen.ai"));
    config.apiKey = QStringLiteral("secret-key");
    DialgenClient client(&m_network, config);
    QSignalSpy exchanges(&client, &DialgenClient::exchangeFinished);
    const Outcome outcome = run(client.fetchCall(QStringLiteral("call_123")));
    QCOMPARE(outcome.error.kind, ApiError::Kind::InsecureUrl);
    QVERIFY(outcome.error.userMessage().contains(QStringLiteral("HTTPS")));
    QCOMPARE(outcome.requestsSent, 0); // refused before anything left the machine
}

void TestDialgenClient::httpErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("serverMessage");
    QTest::addColumn<QString>("serverCode");

    QTest::newRow("400 full shape")
        << 400
        << QByteArray(
               R"({"error":"Bad Request","code":"MISSING_FIELD","message":"callId is required","details":{"field":"callId"}})")
        << int(ApiError::Kind::BadRequest) << "callId is required"
        << "MISSING_FIELD";
    QTest::newRow("401 error only") << 401 << QByteArray(R"({"error":"Invalid API key"})")
                                    << int(ApiError::Kind::Unauthorized) << "Invalid API key"
                                    << "";
    QTest::newRow("402 credits")
        << 402
        << QByteArray(
               R"({"error":"Payment Required","code":"INSUFFICIENT_CREDITS","message":"Not enough credits"})")
        << int(ApiError::Kind::PaymentRequired) << "Not enough credits"
        << "INSUFFICIENT_CREDITS";
    QTest::newRow("403 forbidden") << 403 << QByteArray(R"({"error":"userId does not belong to this key"})")
                                   << int(ApiError::Kind::Forbidden) << "userId does not belong to this key"
                                   << "";
    QTest::newRow("409 message and callId")
        << 409
        << QByteArray(R"({"message":"A call is already in progress for this contact","callId":"call_9"})")
        << int(ApiError::Kind::Conflict) << "A call is already in progress for this contact"
        << "";
    QTest::newRow("500 plain text") << 500 << QByteArray("Internal Server Error")
                                    << int(ApiError::Kind::Server) << "Internal Server Error"
                                    << "";
    QTest::newRow("502 empty body") << 502 << QByteArray() << int(ApiError::Kind::Server) << ""
                                    << "";
    QTest::newRow("418 other") << 418 << QByteArray(R"({"error":"teapot"})") << int(ApiError::Kind::HttpOther)
                               << "teapot"
                               << "";
}

void TestDialgenClient::httpErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, serverMessage);
    QFETCH(QString, serverCode);

    CannedServer server;
    server.serve(QStringLiteral("/api/v1/status/batch"), {status, body, "application/json", {}});
    ClientConfig config;
    config.baseUrl = server.url();
    config.apiKey = QStringLiteral("k");
    DialgenClient client(&m_network, config);
    const Outcome outcome = run(client.fetchBatchCalls(QStringLiteral("b1")));
    QCOMPARE(int(outcome.error.kind), kind);
    QCOMPARE(outcome.error.httpStatus, status);
    QCOMPARE(outcome.error.serverMessage, serverMessage);
    QCOMPARE(outcome.error.serverCode, serverCode);
    if (!serverMessage.isEmpty())
        QVERIFY2(outcome.error.userMessage().contains(serverMessage),
                 qPrintable(outcome.error.userMessage()));
}

void TestDialgenClient::serverErrorFromSimulator()
{
    sim::FaultConfig faults;
    faults.serverErrorRate = 1.0;
    m_sim->setFaults(faults);
    DialgenClient client(&m_network, simConfig());
    const Outcome outcome = run(client.fetchCall(m_sim->world().callIds().constLast()));
    QCOMPARE(outcome.error.kind, ApiError::Kind::Server);
    QVERIFY(outcome.error.httpStatus >= 500 && outcome.error.httpStatus <= 599);
    QVERIFY(outcome.error.isTransient());
}

void TestDialgenClient::rateLimitedWithRetryAfter()
{
    sim::FaultConfig faults;
    faults.rateLimitRate = 1.0;
    faults.retryAfterSeconds = 7;
    m_sim->setFaults(faults);
    DialgenClient client(&m_network, simConfig());
    const Outcome outcome = run(client.fetchCall(m_sim->world().callIds().constLast()));
    QCOMPARE(outcome.error.kind, ApiError::Kind::RateLimited);
    QCOMPARE(outcome.error.httpStatus, 429);
    QCOMPARE(outcome.error.retryAfterSeconds, 7);
}

void TestDialgenClient::malformedBody()
{
    sim::FaultConfig faults;
    faults.malformedRate = 1.0;
    m_sim->setFaults(faults);
    DialgenClient client(&m_network, simConfig());
    const Outcome outcome = run(client.fetchCall(m_sim->world().callIds().constLast()));
    QCOMPARE(outcome.error.kind, ApiError::Kind::MalformedBody);
    QVERIFY(!outcome.error.detail.isEmpty());
    QVERIFY(!outcome.error.userMessage().isEmpty());
}

void TestDialgenClient::stalledBodyTimesOut()
{
    sim::FaultConfig faults;
    faults.stallRate = 1.0;
    m_sim->setFaults(faults);
    ClientConfig config = simConfig();
    config.transferTimeoutMs = 400;
    DialgenClient client(&m_network, config);
    QElapsedTimer timer;
    timer.start();
    const Outcome outcome = run(client.fetchCall(m_sim->world().callIds().constLast()));
    QCOMPARE(outcome.error.kind, ApiError::Kind::Timeout);
    QVERIFY(outcome.error.isTransient());
    QVERIFY(timer.elapsed() >= 350);
}

void TestDialgenClient::connectionReset()
{
    sim::FaultConfig faults;
    faults.resetRate = 1.0;
    m_sim->setFaults(faults);
    DialgenClient client(&m_network, simConfig());
    const Outcome outcome = run(client.fetchCall(m_sim->world().callIds().constLast()));
    QCOMPARE(outcome.error.kind, ApiError::Kind::Network);
    QCOMPARE(outcome.error.httpStatus, 0);
    QVERIFY(!outcome.error.detail.isEmpty());
}

void TestDialgenClient::connectionRefused()
{
    // Find a port nobody listens on: open one, note it, close it.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    ClientConfig config;
    config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    config.apiKey = QStringLiteral("k");
    DialgenClient client(&m_network, config);
    const Outcome outcome = run(client.fetchCall(QStringLiteral("call_1")));
    QCOMPARE(outcome.error.kind, ApiError::Kind::Network);
    QVERIFY(outcome.error.userMessage().contains(QStringLiteral("reach")));
}

void TestDialgenClient::crossOriginRedirectKeepsKeyHome()
{
    // The "other origin" is a second server, reached under another host name and port.
    CannedServer other;
    other.serve(QStringLiteral("/api/v1/status/call"),
                {200, R"({"callId":"c","status":"ONGOING"})", "application/json", {}});
    CannedServer redirector;
    QUrl target = other.url(QStringLiteral("localhost"));
    target.setPath(QStringLiteral("/api/v1/status/call"));
    target.setQuery(QStringLiteral("callId=c"));
    redirector.serve(QStringLiteral("/api/v1/status/call"),
                     {302, QByteArray(), "text/plain", {{"Location", target.toEncoded()}}});

    ClientConfig config;
    config.baseUrl = redirector.url();
    config.apiKey = QStringLiteral("top-secret-key");
    DialgenClient client(&m_network, config);
    const Outcome outcome = run(client.fetchCall(QStringLiteral("c")));
    QCOMPARE(redirector.seen().size(), 1);
    QCOMPARE(redirector.seen().first().authorization, QByteArray("Bearer top-secret-key"));
    QVERIFY(outcome.error.isError());
    QVERIFY2(outcome.error.userMessage().contains(QStringLiteral("redirect")),
             qPrintable(outcome.error.userMessage()));
    QTest::qWait(100); // give a wrongly followed redirect time to arrive
    for (const CannedServer::Seen &seen : other.seen())
        QVERIFY2(seen.authorization.isEmpty(), "the API key reached another origin");
    QVERIFY(other.seen().isEmpty());
}

void TestDialgenClient::sameOriginRedirectIsFollowed()
{
    CannedServer server;
    server.serve(QStringLiteral("/v2/status/call"),
                 {200, R"({"callId":"c","status":"COMPLETED"})", "application/json", {}});
    QUrl target = server.url();
    target.setPath(QStringLiteral("/v2/status/call"));
    server.serve(QStringLiteral("/api/v1/status/call"),
                 {301, QByteArray(), "text/plain", {{"Location", target.toEncoded()}}});
    ClientConfig config;
    config.baseUrl = server.url();
    config.apiKey = QStringLiteral("k");
    DialgenClient client(&m_network, config);
    const Outcome outcome = run(client.fetchCall(QStringLiteral("c")));
    QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.userMessage()));
    QCOMPARE(outcome.call->status, CallStatus::Completed);
    QCOMPARE(server.seen().size(), 2);
    QCOMPARE(server.seen().at(1).authorization, QByteArray("Bearer k"));
}

void TestDialgenClient::oversizedBodyIsRefused()
{
    CannedServer server;
    QByteArray huge = QByteArray(R"({"batchId":"b","calls":[)");
    const QByteArray element = R"({"callId":"c","status":"ONGOING","startTime":null},)";
    while (huge.size() < 3 * 1024 * 1024)
        huge += element;
    huge.chop(1);
    huge += "]}";
    server.serve(QStringLiteral("/api/v1/status/batch"), {200, huge, "application/json", {}});
    ClientConfig config;
    config.baseUrl = server.url();
    config.apiKey = QStringLiteral("k");
    config.maxBodyBytes = 1024 * 1024;
    DialgenClient client(&m_network, config);
    const Outcome outcome = run(client.fetchBatchCalls(QStringLiteral("b")));
    QCOMPARE(outcome.error.kind, ApiError::Kind::MalformedBody);
    QVERIFY(outcome.error.userMessage().contains(QStringLiteral("MB")));
}

void TestDialgenClient::abortFinishesOnce()
{
    sim::FaultConfig faults;
    faults.latencyMs = 2000;
    m_sim->setFaults(faults);
    DialgenClient client(&m_network, simConfig());
    ApiReply *reply = client.fetchCall(m_sim->world().callIds().constLast());
    QSignalSpy finished(reply, &ApiReply::finished);
    QTRY_COMPARE(client.inFlight(), 1);
    reply->abort();
    QCOMPARE(finished.count(), 1);
    QTRY_COMPARE(client.inFlight(), 0);
    QTest::qWait(50);
    QCOMPARE(finished.count(), 1);
}

void TestDialgenClient::parseRetryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("expected");
    QTest::newRow("seconds") << QByteArray("120") << 120;
    QTest::newRow("padded") << QByteArray(" 5 ") << 5;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("negative") << QByteArray("-3") << -1;
    QTest::newRow("empty") << QByteArray() << -1;
    QTest::newRow("garbage") << QByteArray("soon") << -1;
    QTest::newRow("imf date") << QByteArray("Sat, 15 Nov 2025 14:31:01 GMT") << 60;
    QTest::newRow("rfc850 date") << QByteArray("Saturday, 15-Nov-25 14:32:01 GMT") << 120;
    QTest::newRow("asctime date") << QByteArray("Sat Nov 15 14:30:31 2025") << 30;
    QTest::newRow("date in the past") << QByteArray("Sat, 15 Nov 2025 14:00:00 GMT") << 0;
}

void TestDialgenClient::parseRetryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(int, expected);
    const QDateTime now(QDate(2025, 11, 15), QTime(14, 30, 1), QTimeZone::utc());
    QCOMPARE(DialgenClient::parseRetryAfter(value, now), expected);
}

QTEST_GUILESS_MAIN(TestDialgenClient)
#include "tst_dialgenclient.moc"

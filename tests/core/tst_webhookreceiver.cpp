#include "testsupport.h"

#include "calltablemodel.h"
#include "calltracker.h"
#include "session.h"
#include "webhookreceiver.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <algorithm>

#include <memory>

using namespace cw;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

// What a QNetworkAccessManager request got back.
struct Answer
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QHash<QByteArray, QByteArray> headers; // lower-case names
};

// A bare TCP client, to send what QNetworkAccessManager never would and to watch the connection itself.
class RawClient : public QObject
{
public:
    explicit RawClient(quint16 port)
    {
        connect(&socket, &QTcpSocket::readyRead, this, [this] { received += socket.readAll(); });
        connect(&socket, &QTcpSocket::disconnected, this, [this] { closed = true; });
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    }
    bool hasAnswer() const { return received.contains("\r\n\r\n"); }
    int status() const
    {
        // "HTTP/1.1 413 Payload Too Large"
        const QList<QByteArray> parts = received.left(received.indexOf("\r\n")).split(' ');
        return parts.size() >= 2 ? parts.at(1).toInt() : 0;
    }
    QTcpSocket socket;
    QByteArray received;
    bool closed = false;
};

QByteArray flatEvent(const QString &callId, const QString &status = QStringLiteral("COMPLETED"))
{
    QJsonObject object{{QLatin1String("event"), QStringLiteral("call.completed")},
                       {QLatin1String("callId"), callId},
                       {QLatin1String("status"), status},
                       {QLatin1String("duration"), 42}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray request(const QByteArray &method, const QByteArray &path, const Headers &headers,
                   const QByteArray &body, bool withLength = true)
{
    QByteArray out = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const auto &header : headers)
        out += header.first + ": " + header.second + "\r\n";
    if (withLength)
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "\r\n" + body;
    return out;
}

QByteArray chunked(const QByteArray &body, int chunkSize)
{
    QByteArray out;
    for (qsizetype at = 0; at < body.size(); at += chunkSize) {
        const QByteArray piece = body.mid(at, chunkSize);
        out += QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
    }
    return out + "0\r\n\r\n";
}

// A valid flat event padded (in its summary) to exactly `size` bytes.
QByteArray eventOfSize(qsizetype size)
{
    const QByteArray head = R"({"event":"call.completed","callId":"big","status":"COMPLETED","summary":")";
    const QByteArray tail = R"("})";
    return head + QByteArray(size - head.size() - tail.size(), 'x') + tail;
}

const Headers kJson = {{"Content-Type", "application/json"}};

} // namespace

class TestWebhookReceiver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void startsOffThenListens();
    void portInUseIsAnError();
    void acceptsEveryShape_data();
    void acceptsEveryShape();
    void eventIsHandedOnAfterTheAnswer();
    void refusals_data();
    void refusals();
    void refusalsOverRawHttp_data();
    void refusalsOverRawHttp();
    void acceptedContentTypes_data();
    void acceptedContentTypes();
    void bodyLimitIsExact();
    void tooLargeIsAnsweredBeforeTheBody();
    void signature_data();
    void signature();
    void bearerToken_data();
    void bearerToken();
    void secretAndTokenAreNeverShown();
    void duplicatesAreAcknowledgedButHandedOnOnce();
    void everyDeliveryIsHandedOnOnce();
    void connectionClosesAfterTheAnswer();
    void idleConnectionIsClosed();
    void incompleteRequestTimesOut();
    void connectionsAreCapped();
    void malformedHttpDoesNotStopTheReceiver();
    void stopClosesEverything();
    void throughput();
    void sessionHandsEventsToTheTracker();
    void testEventTravelsTheWholePath_data();
    void listenAddress_data();
    void listenAddress();
    void testEventTravelsTheWholePath();

private:
    Answer send(const QByteArray &body, const Headers &headers = kJson, const QByteArray &verb = "POST",
                const QString &path = QString(WebhookReceiver::Path));
    quint16 port() const { return m_receiver->serverPort(); }

    std::unique_ptr<WebhookReceiver> m_receiver;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestWebhookReceiver::init()
{
    m_receiver = std::make_unique<WebhookReceiver>();
    QString error;
    QVERIFY2(m_receiver->start(QHostAddress(QHostAddress::LocalHost), 0, &error), qPrintable(error));
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestWebhookReceiver::cleanup()
{
    m_network.reset();
    m_receiver.reset();
}

Answer TestWebhookReceiver::send(const QByteArray &body, const Headers &headers, const QByteArray &verb,
                                 const QString &path)
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    url.setPath(path);
    QNetworkRequest request(url);
    request.setTransferTimeout(10'000);
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    QNetworkReply *reply = m_network->sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15'000);
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.error = reply->error();
    for (const auto &pair : reply->rawHeaderPairs())
        answer.headers.insert(pair.first.toLower(), pair.second);
    reply->deleteLater();
    return answer;
}

void TestWebhookReceiver::startsOffThenListens()
{
    WebhookReceiver receiver;
    QCOMPARE(receiver.state(), WebhookReceiver::State::Off);
    QVERIFY(receiver.url().isEmpty());
    QCOMPARE(receiver.serverPort(), 0);
    QSignalSpy states(&receiver, &WebhookReceiver::stateChanged);
    QVERIFY(receiver.start());
    QCOMPARE(receiver.state(), WebhookReceiver::State::Listening);
    QVERIFY(receiver.serverPort() != 0);
    QCOMPARE(receiver.serverAddress(), QHostAddress(QHostAddress::LocalHost)); // the default
    QCOMPARE(receiver.url().toString(),
             QStringLiteral("http://127.0.0.1:%1/webhooks/dialgen").arg(receiver.serverPort()));
    QCOMPARE(states.count(), 1);
    receiver.stop();
    QCOMPARE(receiver.state(), WebhookReceiver::State::Off);
    QVERIFY(receiver.url().isEmpty());
    QCOMPARE(states.count(), 2);
}

void TestWebhookReceiver::portInUseIsAnError()
{
    WebhookReceiver second;
    QString error;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Could not listen on 127.0.0.1")));
    QVERIFY(!second.start(QHostAddress(QHostAddress::LocalHost), port(), &error));
    QCOMPARE(second.state(), WebhookReceiver::State::Error);
    QVERIFY(!error.isEmpty());
    QCOMPARE(second.errorString(), error);
    QVERIFY2(error.contains(QString::number(port())), qPrintable(error));
    QVERIFY(second.url().isEmpty());
    // The first one is unaffected.
    QCOMPARE(send(flatEvent(QStringLiteral("c1"))).status, 202);
}

void TestWebhookReceiver::acceptsEveryShape_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("subject");
    QTest::newRow("flat call") << flatEvent(QStringLiteral("call_1")) << int(WebhookEvent::Kind::Call)
                               << "call_1";
    QTest::newRow("nested call")
        << QByteArray(R"({"success":true,"callData":{"id":"clx1","status":"COMPLETED","duration":61,
                          "transcription":[{"role":"user","content":"Hi"}]},"metricSchema":{}})")
        << int(WebhookEvent::Kind::Call) << "clx1";
    QTest::newRow("batch completed")
        << QByteArray(R"({"event":"batch.completed","batchId":"b1","agentId":"a","userId":"u",
                          "statistics":{"total":2,"processed":2,"succeeded":1,"failed":1},
                          "timestamps":{"completedAt":"2025-11-15T14:30:01.123Z"}})")
        << int(WebhookEvent::Kind::BatchCompleted) << "b1";
    QTest::newRow("batch failed")
        << QByteArray(R"({"event":"batch.failed","batchId":"b2","agentId":"a","error":"x","code":"E",
                          "timestamp":"2025-11-15T14:30:01Z"})")
        << int(WebhookEvent::Kind::BatchFailed) << "b2";
    QTest::newRow("non-terminal call") << flatEvent(QStringLiteral("call_2"), QStringLiteral("ONGOING"))
                                       << int(WebhookEvent::Kind::Call) << "call_2";
}

void TestWebhookReceiver::acceptsEveryShape()
{
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, subject);
    QSignalSpy events(m_receiver.get(), &WebhookReceiver::eventReceived);
    const Answer answer = send(body);
    QCOMPARE(answer.status, 202);
    QCOMPARE(QJsonDocument::fromJson(answer.body).object().value(QLatin1String("accepted")).toBool(), true);
    QCOMPARE(answer.headers.value("connection").toLower(), QByteArray("close"));
    QTRY_COMPARE(events.count(), 1);
    const auto event = events.at(0).at(0).value<WebhookEvent>();
    QCOMPARE(int(event.kind), kind);
    QCOMPARE(event.subjectId(), subject);
    QVERIFY(event.receivedAt.isValid());
    QCOMPARE(m_receiver->acceptedCount(), 1);
    QCOMPARE(m_receiver->rejectedCount(), 0);
    QTest::qWait(50);
    QCOMPARE(events.count(), 1); // once
}

void TestWebhookReceiver::eventIsHandedOnAfterTheAnswer()
{
    // The counters move inside the HTTP handler; the event must not be emitted there (it is queued).
    QSignalSpy events(m_receiver.get(), &WebhookReceiver::eventReceived);
    int eventsWhileHandling = -1;
    connect(m_receiver.get(), &WebhookReceiver::statisticsChanged, this,
            [&] { eventsWhileHandling = int(events.count()); });
    RawClient client(port());
    client.socket.write(request("POST", "/webhooks/dialgen", kJson, flatEvent(QStringLiteral("c9"))));
    QTRY_COMPARE(events.count(), 1);
    QCOMPARE(eventsWhileHandling, 0);
    QTRY_VERIFY(client.hasAnswer());
    QCOMPARE(client.status(), 202);
}

void TestWebhookReceiver::refusals_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason"); // part of lastRejection().reason; empty: not counted (404)

    const QByteArray good = flatEvent(QStringLiteral("c1"));
    const QByteArray json = "application/json";
    const QString path = QString(WebhookReceiver::Path);
    QTest::newRow("404 other path") << QByteArray("POST") << "/webhooks/other" << json << good << 404 << "";
    QTest::newRow("404 root") << QByteArray("POST") << "/" << json << good << 404 << "";
    QTest::newRow("404 below the path")
        << QByteArray("POST") << "/webhooks/dialgen/x" << json << good << 404 << "";
    QTest::newRow("405 GET") << QByteArray("GET") << path << json << QByteArray() << 405 << "Method";
    QTest::newRow("405 PUT") << QByteArray("PUT") << path << json << good << 405 << "Method";
    QTest::newRow("405 DELETE") << QByteArray("DELETE") << path << json << QByteArray() << 405 << "Method";
    QTest::newRow("415 text/plain") << QByteArray("POST") << path << QByteArray("text/plain") << good << 415
                                    << "Content-Type";
    QTest::newRow("415 form") << QByteArray("POST") << path << QByteArray("application/x-www-form-urlencoded")
                              << good << 415 << "Content-Type";
    QTest::newRow("415 json-ish") << QByteArray("POST") << path << QByteArray("application/jsonp") << good
                                  << 415 << "Content-Type";
    QTest::newRow("415 latin-1 json")
        << QByteArray("POST") << path << QByteArray("application/json; charset=iso-8859-1") << good << 415
        << "Content-Type";
    QTest::newRow("400 not json") << QByteArray("POST") << path << json << QByteArray("{\"event\":") << 400
                                  << "not valid JSON";
    QTest::newRow("400 empty") << QByteArray("POST") << path << json << QByteArray() << 400 << "empty body";
    QTest::newRow("400 array") << QByteArray("POST") << path << json << QByteArray("[]") << 400 << "array";
    QTest::newRow("400 missing field") << QByteArray("POST") << path << json
                                       << QByteArray(R"({"event":"call.completed","status":"COMPLETED"})")
                                       << 400 << "callId: required field is missing";
    QTest::newRow("400 missing nested field")
        << QByteArray("POST") << path << json << QByteArray(R"({"callData":{"id":"c"}})") << 400
        << "callData.status: required field is missing";
    QTest::newRow("400 unknown event")
        << QByteArray("POST") << path << json << QByteArray(R"({"event":"call.exploded","callId":"c"})")
        << 400 << "unknown event";
    QTest::newRow("400 wrong type") << QByteArray("POST") << path << json
                                    << QByteArray(
                                           R"({"event":"batch.completed","batchId":"b","statistics":7})")
                                    << 400 << "statistics: expected an object";
}

void TestWebhookReceiver::refusals()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, reason);
    QSignalSpy events(m_receiver.get(), &WebhookReceiver::eventReceived);
    QSignalSpy rejected(m_receiver.get(), &WebhookReceiver::rejected);
    const Answer answer = send(body, {{"Content-Type", contentType}}, verb, path);
    QCOMPARE(answer.status, status);
    if (status == 405)
        QCOMPARE(answer.headers.value("allow"), QByteArray("POST"));
    if (!reason.isEmpty()) {
        QCOMPARE(m_receiver->rejectedCount(), 1);
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(m_receiver->lastRejection().status, status);
        QVERIFY2(m_receiver->lastRejection().reason.contains(reason),
                 qPrintable(m_receiver->lastRejection().reason));
        QVERIFY(m_receiver->lastRejection().at.isValid());
        // The sender is told why, in JSON.
        const QJsonObject error = QJsonDocument::fromJson(answer.body).object();
        QCOMPARE(error.value(QLatin1String("accepted")).toBool(true), false);
        QVERIFY2(error.value(QLatin1String("error")).toString().contains(reason), answer.body.constData());
    }
    QTest::qWait(20);
    QCOMPARE(events.count(), 0);
    QCOMPARE(m_receiver->acceptedCount(), 0);
}

void TestWebhookReceiver::refusalsOverRawHttp_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");

    const QByteArray good = flatEvent(QStringLiteral("c1"));
    const QByteArray path = "/webhooks/dialgen";
    QTest::newRow("415 no Content-Type") << request("POST", path, {}, good) << 415 << "Content-Type";
    QTest::newRow("413 by Content-Length, body not sent")
        << request("POST", path, {{"Content-Type", "application/json"}, {"Content-Length", "10000000"}}, {},
                   false)
        << 413 << "Content-Length 10000000";
    QTest::newRow("413 chunked, decoded size over the limit")
        << request("POST", path, {{"Content-Type", "application/json"}, {"Transfer-Encoding", "chunked"}},
                   chunked(eventOfSize(70'000), 4096), false)
        << 413 << "70000 bytes";
    QTest::newRow("413 chunked, far over the limit")
        << request("POST", path, {{"Content-Type", "application/json"}, {"Transfer-Encoding", "chunked"}},
                   chunked(eventOfSize(400'000), 16384), false)
        << 413 << "Body too large";
    QTest::newRow("413 by Content-Length, bare LF line ends")
        << QByteArray(
               "POST /webhooks/dialgen HTTP/1.1\nContent-Type: application/json\nContent-Length: 70000\n\n")
        << 413 << "Content-Length 70000";
    QTest::newRow("431 headers too large")
        << request("POST", path,
                   {{"Content-Type", "application/json"}, {"X-Padding", QByteArray(20'000, 'p')}}, good)
        << 431 << "headers";
    QTest::newRow("400 bad Content-Length")
        << request("POST", path, {{"Content-Type", "application/json"}, {"Content-Length", "12abc"}}, good,
                   false)
        << 400 << "Content-Length";
    QTest::newRow("400 two framings")
        << request("POST", path, {{"Content-Type", "application/json"}, {"Transfer-Encoding", "chunked"}},
                   chunked(good, 16))
        << 400 << "Transfer-Encoding";
    QTest::newRow("400 malformed JSON, raw")
        << request("POST", path, {{"Content-Type", "application/json; charset=utf-8"}},
                   "{\"event\": \"call.co")
        << 400 << "not valid JSON";
}

void TestWebhookReceiver::refusalsOverRawHttp()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, status);
    QFETCH(QString, reason);
    QSignalSpy events(m_receiver.get(), &WebhookReceiver::eventReceived);
    RawClient client(port());
    client.socket.write(raw);
    QTRY_VERIFY(client.hasAnswer());
    QCOMPARE(client.status(), status);
    QVERIFY(client.received.contains("Connection: close"));
    QCOMPARE(m_receiver->rejectedCount(), 1);
    QCOMPARE(m_receiver->lastRejection().status, status);
    QVERIFY2(m_receiver->lastRejection().reason.contains(reason),
             qPrintable(m_receiver->lastRejection().reason));
    QCOMPARE(events.count(), 0);
    // The receiver goes on working.
    QCOMPARE(send(flatEvent(QStringLiteral("after"))).status, 202);
    QTRY_COMPARE(events.count(), 1);
}

void TestWebhookReceiver::acceptedContentTypes_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("plain") << QByteArray("application/json");
    QTest::newRow("charset") << QByteArray("application/json; charset=utf-8");
    QTest::newRow("odd case, quoted") << QByteArray("Application/JSON;Charset=\"UTF-8\"");
    QTest::newRow("other parameter") << QByteArray("application/json; version=1");
}

void TestWebhookReceiver::acceptedContentTypes()
{
    QFETCH(QByteArray, contentType);
    QCOMPARE(send(flatEvent(QStringLiteral("c1")), {{"Content-Type", contentType}}).status, 202);
}

void TestWebhookReceiver::bodyLimitIsExact()
{
    QSignalSpy events(m_receiver.get(), &WebhookReceiver::eventReceived);
    const qint64 limit = m_receiver->limits().maxBodyBytes;
    QCOMPARE(limit, 64 * 1024);
    QCOMPARE(send(eventOfSize(limit)).status, 202);
    QTRY_COMPARE(events.count(), 1);
    const Answer over = send(eventOfSize(limit + 1));
    QCOMPARE(over.status, 413);
    QCOMPARE(m_receiver->lastRejection().status, 413);
    QTest::qWait(20);
    QCOMPARE(events.count(), 1);
}

void TestWebhookReceiver::tooLargeIsAnsweredBeforeTheBody()
{
    // Only the headers go out: the 413 comes back without the receiver waiting for (or reading) the body.
    WebhookReceiver::Limits limits;
    limits.idleTimeoutMs = 300;
    m_receiver->setLimits(limits);
    RawClient client(port());
    client.socket.write(request("POST", "/webhooks/dialgen", {{"Content-Type", "application/json"}},
                                QByteArray(100, 'x'), false)
                            .replace("\r\n\r\n", "\r\nContent-Length: 5000000000\r\n\r\n"));
    QTRY_VERIFY(client.hasAnswer());
    QCOMPARE(client.status(), 413);
    // Whatever the sender still pushes is read and dropped; the connection ends when it stops (idle).
    client.socket.write(QByteArray(200'000, 'y'));
    QTRY_VERIFY_WITH_TIMEOUT(client.closed, 5000);
    QCOMPARE(client.status(), 413); // one answer, nothing after it
    QCOMPARE(client.received.count("HTTP/1.1"), 1);
    QCOMPARE(m_receiver->acceptedCount(), 0);
    QCOMPARE(m_receiver->rejectedCount(), 1);
    QTRY_COMPARE(m_receiver->openConnections(), 0);
}

void TestWebhookReceiver::signature_data()
{
    QTest::addColumn<QByteArray>("signature"); // "-": header not sent
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");

    const QByteArray secret = "s3cr3t-webhook-key";
    const QByteArray body = flatEvent(QStringLiteral("signed"));
    const QByteArray good = WebhookReceiver::signatureFor(body, secret);
    QTest::newRow("lower-case hex") << good << 202 << "";
    QTest::newRow("upper-case hex") << good.toUpper() << 202 << "";
    QTest::newRow("sha256= prefix") << QByteArray("sha256=" + good) << 202 << "";
    QTest::newRow("SHA256= prefix, upper hex") << QByteArray("SHA256=" + good.toUpper()) << 202 << "";
    QTest::newRow("surrounding spaces") << QByteArray("  " + good + " ") << 202 << "";
    QTest::newRow("missing") << QByteArray("-") << 401 << "Missing signature";
    QTest::newRow("empty") << QByteArray("") << 401 << "Missing signature";
    QTest::newRow("another body's") << WebhookReceiver::signatureFor(body + ' ', secret) << 401
                                    << "Bad signature";
    QTest::newRow("another secret's")
        << WebhookReceiver::signatureFor(body, "wrong") << 401 << "Bad signature";
    QTest::newRow("truncated") << good.left(63) << 401 << "Bad signature";
    QTest::newRow("one digit off") << QByteArray(good.left(63) + (good.endsWith('0') ? "1" : "0")) << 401
                                   << "Bad signature";
    QTest::newRow("not hex") << QByteArray(64, 'z') << 401 << "Bad signature";
    QTest::newRow("the secret itself") << secret << 401 << "Bad signature";
    QTest::newRow("base64 of the right mac")
        << QByteArray::fromHex(good).toBase64() << 401 << "Bad signature";
}

void TestWebhookReceiver::signature()
{
    QFETCH(QByteArray, signature);
    QFETCH(int, status);
    QFETCH(QString, reason);
    m_receiver->setSecret("s3cr3t-webhook-key");
    QVERIFY(m_receiver->hasSecret());
    QSignalSpy events(m_receiver.get(), &WebhookReceiver::eventReceived);
    Headers headers = kJson;
    if (signature != "-")
        headers.append({"x-dialgen-signature", signature});
    const Answer answer = send(flatEvent(QStringLiteral("signed")), headers);
    QCOMPARE(answer.status, status);
    if (status == 202) {
        QTRY_COMPARE(events.count(), 1);
        QCOMPARE(m_receiver->rejectedCount(), 0);
    } else {
        QCOMPARE(m_receiver->lastRejection().status, 401);
        QVERIFY2(m_receiver->lastRejection().reason.contains(reason),
                 qPrintable(m_receiver->lastRejection().reason));
        QTest::qWait(20);
        QCOMPARE(events.count(), 0);
    }
}

void TestWebhookReceiver::bearerToken_data()
{
    QTest::addColumn<QByteArray>("authorization"); // "-": not sent
    QTest::addColumn<int>("status");
    QTest::newRow("right") << QByteArray("Bearer t0ken-123") << 202;
    QTest::newRow("scheme in lower case") << QByteArray("bearer t0ken-123") << 202;
    QTest::newRow("missing") << QByteArray("-") << 401;
    QTest::newRow("wrong token") << QByteArray("Bearer t0ken-124") << 401;
    QTest::newRow("token prefix only") << QByteArray("Bearer t0ken") << 401;
    QTest::newRow("longer token") << QByteArray("Bearer t0ken-1234") << 401;
    QTest::newRow("no scheme") << QByteArray("t0ken-123") << 401;
    QTest::newRow("basic") << QByteArray("Basic dDBrZW4tMTIz") << 401;
    QTest::newRow("scheme only") << QByteArray("Bearer ") << 401;
}

void TestWebhookReceiver::bearerToken()
{
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    m_receiver->setToken("t0ken-123");
    Headers headers = kJson;
    if (authorization != "-")
        headers.append({"Authorization", authorization});
    const Answer answer = send(flatEvent(QStringLiteral("c1")), headers);
    QCOMPARE(answer.status, status);
    if (status == 401) {
        QCOMPARE(answer.headers.value("www-authenticate"), QByteArray("Bearer"));
        QVERIFY(m_receiver->lastRejection().reason.contains(QStringLiteral("token")));
    }
}

namespace {
QStringList *g_messages = nullptr;
void collectMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    if (g_messages)
        g_messages->append(message);
}
} // namespace

void TestWebhookReceiver::secretAndTokenAreNeverShown()
{
    const QByteArray secret = "VERY-SECRET-hmac-key";
    const QByteArray token = "VERY-SECRET-bearer";
    QStringList messages;
    g_messages = &messages;
    QLoggingCategory::setFilterRules(QStringLiteral("callwatch.webhook.debug=true"));
    const QtMessageHandler previous = qInstallMessageHandler(collectMessage);

    m_receiver->stop();
    m_receiver->setSecret(secret);
    m_receiver->setToken(token);
    QVERIFY(m_receiver->start());
    const QByteArray body = flatEvent(QStringLiteral("c1"));
    QList<Answer> answers;
    answers << send(body, {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + token}});
    answers << send(body, {{"Content-Type", "application/json"},
                           {"Authorization", "Bearer " + token},
                           {"x-dialgen-signature", secret}});
    answers << send(body, {{"Content-Type", "application/json"},
                           {"Authorization", "Bearer x"},
                           {"x-dialgen-signature", WebhookReceiver::signatureFor(body, secret)}});
    answers << send(body, {{"Content-Type", "text/plain"},
                           {"Authorization", "Bearer " + token},
                           {"x-dialgen-signature", WebhookReceiver::signatureFor(body, secret)}});

    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    g_messages = nullptr;

    QCOMPARE(m_receiver->rejectedCount(), 4);
    QVERIFY(!messages.isEmpty()); // the rejections were logged...
    for (const QString &message : std::as_const(messages)) {
        QVERIFY2(!message.contains(QString::fromLatin1(secret)), qPrintable(message)); // ...without secrets
        QVERIFY2(!message.contains(QString::fromLatin1(token)), qPrintable(message));
    }
    for (const Answer &answer : std::as_const(answers)) {
        QVERIFY(!answer.body.contains(secret));
        QVERIFY(!answer.body.contains(token));
    }
    QVERIFY(!m_receiver->lastRejection().reason.contains(QString::fromLatin1(secret)));
}

void TestWebhookReceiver::duplicatesAreAcknowledgedButHandedOnOnce()
{
    QSignalSpy events(m_receiver.get(), &WebhookReceiver::eventReceived);
    const QByteArray body = flatEvent(QStringLiteral("dup"));
    const Answer first = send(body);
    QCOMPARE(first.status, 202);
    const Answer second = send(body); // Dialgen retried: it must get a 2xx, or it retries again
    QCOMPARE(second.status, 200);
    QCOMPARE(QJsonDocument::fromJson(second.body).object().value(QLatin1String("duplicate")).toBool(), true);
    QCOMPARE(send(body).status, 200);
    QTRY_COMPARE(events.count(), 1);
    QCOMPARE(m_receiver->acceptedCount(), 3);
    QCOMPARE(m_receiver->duplicateCount(), 2);
    // The same call with news is not a duplicate.
    QCOMPARE(send(flatEvent(QStringLiteral("dup"), QStringLiteral("FAILED"))).status, 202);
    QTRY_COMPARE(events.count(), 2);
    // Memory is bounded: beyond it, an old body counts as new again.
    WebhookReceiver::Limits limits = m_receiver->limits();
    limits.duplicateMemory = 2;
    m_receiver->setLimits(limits);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(send(flatEvent(QStringLiteral("other%1").arg(i))).status, 202);
    QCOMPARE(send(body).status, 202);
    QTRY_COMPARE(events.count(), 2 + 3 + 1);
}

void TestWebhookReceiver::everyDeliveryIsHandedOnOnce()
{
    QSignalSpy events(m_receiver.get(), &WebhookReceiver::eventReceived);
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 20; ++i) {
        QNetworkRequest request(m_receiver->url());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        replies << m_network->post(request, flatEvent(QStringLiteral("call_%1").arg(i)));
    }
    QTRY_VERIFY(
        std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply *r) { return r->isFinished(); }));
    for (QNetworkReply *reply : std::as_const(replies)) {
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 202);
        reply->deleteLater();
    }
    QTRY_COMPARE(events.count(), 20);
    QSet<QString> ids;
    for (const QList<QVariant> &arguments : std::as_const(events))
        ids.insert(arguments.at(0).value<WebhookEvent>().call.callId);
    QCOMPARE(ids.size(), 20);
    QCOMPARE(m_receiver->acceptedCount(), 20);
    QTRY_COMPARE(m_receiver->openConnections(), 0);
}

void TestWebhookReceiver::connectionClosesAfterTheAnswer()
{
    RawClient client(port());
    client.socket.write(request("POST", "/webhooks/dialgen",
                                {{"Content-Type", "application/json"}, {"Connection", "keep-alive"}},
                                flatEvent(QStringLiteral("c1"))));
    QTRY_VERIFY(client.closed); // closed by the receiver, despite keep-alive
    QCOMPARE(client.status(), 202);
    QVERIFY(client.received.contains("Connection: close"));
    QVERIFY(client.received.endsWith("{\"accepted\":true}"));
    QTRY_COMPARE(m_receiver->openConnections(), 0);
}

void TestWebhookReceiver::idleConnectionIsClosed()
{
    WebhookReceiver::Limits limits;
    limits.idleTimeoutMs = 200;
    m_receiver->setLimits(limits);
    RawClient silent(port());
    QTRY_COMPARE(m_receiver->openConnections(), 1);
    // Well before the default 10 s: the configured timeout closed it.
    QTRY_VERIFY_WITH_TIMEOUT(silent.closed, 5000);
    QVERIFY(silent.received.isEmpty()); // nothing was asked, nothing is answered
    QTRY_COMPARE(m_receiver->openConnections(), 0);
    QCOMPARE(m_receiver->rejectedCount(), 0);
}

void TestWebhookReceiver::incompleteRequestTimesOut()
{
    WebhookReceiver::Limits limits;
    limits.idleTimeoutMs = 200;
    m_receiver->setLimits(limits);
    RawClient slow(port());
    // Headers promise 100 bytes; only 10 come.
    slow.socket.write(request("POST", "/webhooks/dialgen", kJson, QByteArray(10, ' '), false)
                          .replace("\r\n\r\n", "\r\nContent-Length: 100\r\n\r\n"));
    QTRY_VERIFY_WITH_TIMEOUT(slow.closed, 5000);
    QCOMPARE(slow.status(), 408);
    QCOMPARE(m_receiver->lastRejection().status, 408);

    // A sender trickling bytes is not idle, but runs into the request deadline.
    limits.idleTimeoutMs = 10'000;
    limits.requestTimeoutMs = 400;
    m_receiver->setLimits(limits);
    RawClient trickle(port());
    trickle.socket.write("POST /webhooks/dialgen HTTP/1.1\r\n");
    QTimer drip;
    connect(&drip, &QTimer::timeout, &trickle, [&] { trickle.socket.write("X-A: b\r\n"); });
    drip.start(50);
    QTRY_VERIFY_WITH_TIMEOUT(trickle.closed, 5000);
    QCOMPARE(trickle.status(), 408);
}

void TestWebhookReceiver::connectionsAreCapped()
{
    WebhookReceiver::Limits limits;
    limits.maxConnections = 4;
    m_receiver->setLimits(limits);
    std::vector<std::unique_ptr<RawClient>> clients;
    for (int i = 0; i < 12; ++i)
        clients.push_back(std::make_unique<RawClient>(port()));
    const auto closedCount = [&] {
        return std::count_if(clients.cbegin(), clients.cend(), [](const auto &c) { return c->closed; });
    };
    QTRY_COMPARE(closedCount(), 8);
    QCOMPARE(m_receiver->openConnections(), 4);
    int refused = 0;
    for (const auto &client : clients)
        refused += client->closed && client->status() == 503 ? 1 : 0;
    QCOMPARE(refused, 8);
    QCOMPARE(m_receiver->lastRejection().status, 503);
    // The four admitted ones still work.
    for (const auto &client : clients) {
        if (!client->closed)
            client->socket.write(request("POST", "/webhooks/dialgen", kJson, flatEvent(QStringLiteral("x"))));
    }
    QTRY_COMPARE(closedCount(), 12);
    int accepted = 0;
    for (const auto &client : clients)
        accepted += client->status() == 202 || client->status() == 200 ? 1 : 0;
    QCOMPARE(accepted, 4);
    QTRY_COMPARE(m_receiver->openConnections(), 0);
    // Room again.
    QCOMPARE(send(flatEvent(QStringLiteral("later"))).status, 202);
}

void TestWebhookReceiver::malformedHttpDoesNotStopTheReceiver()
{
    WebhookReceiver::Limits limits;
    limits.idleTimeoutMs = 300;
    m_receiver->setLimits(limits);
    QSignalSpy events(m_receiver.get(), &WebhookReceiver::eventReceived);
    RawClient garbage(port());
    garbage.socket.write("HELLO THERE\r\n\r\n");
    RawClient binary(port());
    binary.socket.write(QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11)); // a TLS hello
    QTRY_VERIFY_WITH_TIMEOUT(garbage.closed, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(binary.closed, 5000);
    QCOMPARE(events.count(), 0);
    QTRY_COMPARE(m_receiver->openConnections(), 0);
    QCOMPARE(send(flatEvent(QStringLiteral("fine"))).status, 202);
    QTRY_COMPARE(events.count(), 1);
}

void TestWebhookReceiver::stopClosesEverything()
{
    RawClient idle(port());
    QTRY_COMPARE(m_receiver->openConnections(), 1);
    const quint16 before = port();
    m_receiver->stop();
    QCOMPARE(m_receiver->state(), WebhookReceiver::State::Off);
    QCOMPARE(m_receiver->openConnections(), 0);
    QTRY_VERIFY(idle.closed);
    RawClient refused(before);
    QTRY_VERIFY(refused.closed || refused.socket.state() == QAbstractSocket::UnconnectedState);
    // And it starts again, on the same port when asked.
    QVERIFY(m_receiver->start(QHostAddress(QHostAddress::LocalHost), before));
    QCOMPARE(port(), before);
    QCOMPARE(send(flatEvent(QStringLiteral("again"))).status, 202);
}

void TestWebhookReceiver::throughput()
{
    m_receiver->setSecret("secret");
    QSignalSpy events(m_receiver.get(), &WebhookReceiver::eventReceived);
    constexpr int kDeliveries = 300;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kDeliveries; ++i) {
        const QByteArray body = flatEvent(QStringLiteral("call_%1").arg(i));
        const Answer answer =
            send(body, {{"Content-Type", "application/json"},
                        {"x-dialgen-signature", WebhookReceiver::signatureFor(body, "secret")}});
        QCOMPARE(answer.status, 202);
    }
    const qint64 elapsed = timer.elapsed();
    QTRY_COMPARE(events.count(), kDeliveries);
    qInfo("%d signed deliveries, one connection each, in %lld ms (%.2f ms per delivery, answer included)",
          kDeliveries, elapsed, double(elapsed) / kDeliveries);
}

void TestWebhookReceiver::sessionHandsEventsToTheTracker()
{
    Session session{ClientConfig()};
    QVERIFY(!session.webhookReceiver());
    session.tracker()->trackCall(QStringLiteral("call_e2e")); // not started: nothing is polled
    QString error;
    QVERIFY2(session.startWebhookReceiver(QHostAddress(QHostAddress::LocalHost), 0, "e2e-secret", &error),
             qPrintable(error));
    WebhookReceiver *receiver = session.webhookReceiver();
    QVERIFY(receiver);
    QVERIFY(receiver->isListening());
    QVERIFY(receiver->hasSecret());

    const QByteArray body =
        R"({"success":true,"callData":{"id":"call_e2e","status":"COMPLETED","duration":12,"summary":"ok"}})";
    QNetworkRequest request(receiver->url());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("x-dialgen-signature", WebhookReceiver::signatureFor(body, "e2e-secret"));
    QNetworkReply *reply = m_network->post(request, body);
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 202);
    reply->deleteLater();
    QTRY_COMPARE(session.model()->snapshot(QStringLiteral("call_e2e"))->status, CallStatus::Completed);
    QCOMPARE(session.model()->snapshot(QStringLiteral("call_e2e"))->source, SnapshotSource::Webhook);

    // Restarted elsewhere with another secret: the old one no longer signs.
    QVERIFY(session.startWebhookReceiver(QHostAddress(QHostAddress::LocalHost), 0, "other", &error));
    QNetworkRequest again(receiver->url());
    again.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    again.setRawHeader("x-dialgen-signature", WebhookReceiver::signatureFor(body, "e2e-secret"));
    QNetworkReply *refused = m_network->post(again, body);
    QTRY_VERIFY(refused->isFinished());
    QCOMPARE(refused->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    refused->deleteLater();
    session.stopWebhookReceiver();
    QCOMPARE(receiver->state(), WebhookReceiver::State::Off);
    QCOMPARE(session.webhookReceiver(), receiver); // kept, with its counters
    QCOMPARE(receiver->acceptedCount(), 1);
    QCOMPARE(receiver->rejectedCount(), 1);
}

QTEST_GUILESS_MAIN(TestWebhookReceiver)
void TestWebhookReceiver::testEventTravelsTheWholePath_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("token");
    QTest::newRow("unsigned") << QStringLiteral("127.0.0.1") << QByteArray() << QByteArray();
    QTest::newRow("signed") << QStringLiteral("127.0.0.1") << QByteArrayLiteral("s3cret") << QByteArray();
    QTest::newRow("signed and token")
        << QStringLiteral("127.0.0.1") << QByteArrayLiteral("s3cret") << QByteArrayLiteral("t0ken");
    QTest::newRow("every IPv4 network")
        << QStringLiteral("0.0.0.0") << QByteArrayLiteral("s3cret") << QByteArray();
}

void TestWebhookReceiver::testEventTravelsTheWholePath()
{
    QFETCH(QString, address);
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, token);
    WebhookReceiver receiver;
    QVERIFY(!receiver.sendTestEvent()); // not listening: nothing to send to
    receiver.setSecret(secret);
    receiver.setToken(token);
    QVERIFY(receiver.start(QHostAddress(address), 0));
    QCOMPARE(receiver.localUrl().host(), QStringLiteral("127.0.0.1"));
    QSignalSpy events(&receiver, &WebhookReceiver::eventReceived);
    for (int press = 1; press <= 2; ++press) {
        QSignalSpy finished(&receiver, &WebhookReceiver::testEventFinished);
        QVERIFY(receiver.sendTestEvent());
        QVERIFY(finished.wait(10'000));
        QCOMPARE(finished.at(0).at(0).toInt(), 202);
        QTRY_COMPARE(events.count(), press); // every press is a new event, never a duplicate
        const auto event = events.at(press - 1).at(0).value<WebhookEvent>();
        QCOMPARE(event.kind, WebhookEvent::Kind::BatchCompleted);
        QVERIFY(event.statistics.batchId.startsWith(QStringLiteral("callwatch-test-")));
    }
    QCOMPARE(receiver.acceptedCount(), 2);
    QCOMPARE(receiver.rejectedCount(), 0);
    QCOMPARE(receiver.duplicateCount(), 0);

    // With the wrong secret the same path is refused: the button really tests the signature.
    if (!secret.isEmpty()) {
        // Signed with `secret`, delivered to the receiver that now expects another one.
        receiver.setSecret(QByteArrayLiteral("another"));
        const QByteArray body = QByteArrayLiteral(R"({"event":"batch.failed","batchId":"b","error":"x"})");
        Headers headers = kJson;
        headers.append(
            {QByteArrayLiteral("x-dialgen-signature"), WebhookReceiver::signatureFor(body, secret)});
        if (!token.isEmpty())
            headers.append({QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token});
        QNetworkRequest request(receiver.localUrl());
        for (const auto &header : std::as_const(headers))
            request.setRawHeader(header.first, header.second);
        std::unique_ptr<QNetworkReply> reply(m_network->post(request, body));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(reply->isFinished() || finished.wait(10'000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    }
}

void TestWebhookReceiver::listenAddress_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::newRow("loopback") << QStringLiteral("127.0.0.1:8787") << true << QStringLiteral("127.0.0.1")
                              << 8787;
    QTest::newRow("every network") << QStringLiteral("0.0.0.0:9000") << true << QStringLiteral("0.0.0.0")
                                   << 9000;
    QTest::newRow("ipv6") << QStringLiteral("[::1]:8443") << true << QStringLiteral("::1") << 8443;
    QTest::newRow("port only") << QStringLiteral("8787") << true << QStringLiteral("127.0.0.1") << 8787;
    QTest::newRow("colon port") << QStringLiteral(":8787") << true << QStringLiteral("127.0.0.1") << 8787;
    QTest::newRow("spaces") << QStringLiteral(" 127.0.0.1:1 ") << true << QStringLiteral("127.0.0.1") << 1;
    QTest::newRow("max port") << QStringLiteral("127.0.0.1:65535") << true << QStringLiteral("127.0.0.1")
                              << 65535;
    QTest::newRow("port 0") << QStringLiteral("127.0.0.1:0") << false << QString() << 0;
    QTest::newRow("port too big") << QStringLiteral("127.0.0.1:65536") << false << QString() << 0;
    QTest::newRow("negative") << QStringLiteral("127.0.0.1:-1") << false << QString() << 0;
    QTest::newRow("no port") << QStringLiteral("127.0.0.1:") << false << QString() << 0;
    QTest::newRow("host name") << QStringLiteral("localhost:8787") << false << QString() << 0;
    QTest::newRow("public name") << QStringLiteral("example.com:80") << false << QString() << 0;
    QTest::newRow("bare ipv6") << QStringLiteral("::1:8787") << false << QString() << 0;
    QTest::newRow("unclosed bracket") << QStringLiteral("[::1:8787") << false << QString() << 0;
    QTest::newRow("empty") << QString() << false << QString() << 0;
    QTest::newRow("junk") << QStringLiteral("abc") << false << QString() << 0;
}

void TestWebhookReceiver::listenAddress()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, address);
    QFETCH(int, port);
    QHostAddress parsedAddress;
    quint16 parsedPort = 0;
    QString error;
    QCOMPARE(WebhookReceiver::parseListenAddress(text, &parsedAddress, &parsedPort, &error), ok);
    QCOMPARE(error.isEmpty(), ok);
    if (ok) {
        QCOMPARE(parsedAddress, QHostAddress(address));
        QCOMPARE(int(parsedPort), port);
    }
}

#include "tst_webhookreceiver.moc"

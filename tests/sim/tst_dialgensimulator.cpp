#include "testsupport.h"

#include "sim/dialgensimulator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <tuple>

using namespace cw::sim;

namespace {

const QString kKey = QStringLiteral("test-key-123");

struct Response
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray contentType;
    QByteArray retryAfter;
    qint64 elapsedMs = 0;
    bool finished = false;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
};

// The value kinds of the API page.
enum Kind : int
{
    String = 1,
    Number = 2,
    Null = 4,
    Object = 8,
    Array = 16,
    Bool = 32,
};

bool hasKind(const QJsonValue &value, int kinds)
{
    switch (value.type()) {
    case QJsonValue::String:
        return kinds & String;
    case QJsonValue::Double:
        return kinds & Number;
    case QJsonValue::Null:
        return kinds & Null;
    case QJsonValue::Object:
        return kinds & Object;
    case QJsonValue::Array:
        return kinds & Array;
    case QJsonValue::Bool:
        return kinds & Bool;
    case QJsonValue::Undefined:
        return false;
    }
    return false;
}

using Shape = QList<std::pair<QString, int>>;

// Exactly these keys, each of one of the allowed kinds. Returns an explanation on mismatch.
QString shapeMismatch(const QJsonObject &object, const Shape &shape, const QString &where)
{
    QStringList expected;
    for (const auto &[key, kinds] : shape) {
        expected.append(key);
        if (!object.contains(key))
            return where + QStringLiteral(": missing ") + key;
        if (!hasKind(object.value(key), kinds))
            return where + QStringLiteral(": wrong type for ") + key;
    }
    QStringList actual = object.keys();
    expected.sort();
    actual.sort();
    if (actual != expected)
        return where + QStringLiteral(": keys ") + actual.join(QLatin1Char(',')) + QStringLiteral(" != ") +
               expected.join(QLatin1Char(','));
    return {};
}

bool isApiTime(const QJsonValue &value)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$"));
    return value.isString() && pattern.match(value.toString()).hasMatch();
}

const Shape &liveCallFields()
{
    static const Shape shape{{QStringLiteral("callId"), String},
                             {QStringLiteral("status"), String},
                             {QStringLiteral("startTime"), String},
                             {QStringLiteral("phoneNumber"), String},
                             {QStringLiteral("contactId"), String},
                             {QStringLiteral("batchId"), String | Null},
                             {QStringLiteral("error"), String | Null},
                             {QStringLiteral("duration"), Number | Null},
                             {QStringLiteral("recordingUrl"), String | Null}};
    return shape;
}

const Shape &persistentDataShape()
{
    static const Shape shape{{QStringLiteral("id"), String},
                             {QStringLiteral("status"), String},
                             {QStringLiteral("direction"), String},
                             {QStringLiteral("duration"), Number | Null},
                             {QStringLiteral("createdAt"), String},
                             {QStringLiteral("endedAt"), String | Null},
                             {QStringLiteral("contact"), Object},
                             {QStringLiteral("agent"), String},
                             {QStringLiteral("recordingUrl"), String | Null},
                             {QStringLiteral("transcription"), Array}};
    return shape;
}

const QStringList &callStatuses()
{
    static const QStringList list{QStringLiteral("SCHEDULED"), QStringLiteral("ONGOING"),
                                  QStringLiteral("COMPLETED"), QStringLiteral("MISSED"),
                                  QStringLiteral("FAILED")};
    return list;
}

} // namespace

class TestDialgenSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void startsOnEphemeralLoopbackPort();
    void liveCallShape_data();
    void liveCallShape();
    void persistentCallShape_data();
    void persistentCallShape();
    void liveBatchShape();
    void batchCheckStatusShape();
    void batchCheckStatusLimit_data();
    void batchCheckStatusLimit();
    void batchListNewestFirst();
    void metricsShape();
    void cancelBatch();
    void unauthorized_data();
    void unauthorized();
    void missingId_data();
    void missingId();
    void unknownId_data();
    void unknownId();
    void liveVsPersistentByAge();
    void requestAccounting();
    void faultLatency();
    void faultServerErrors();
    void faultRateLimit();
    void faultMalformed();
    void faultStall();
    void faultReset();
    void autoAdvanceMovesTheWorld();
    void destroyWithOpenConnections();

private:
    Response request(const QByteArray &verb, const QString &path, const QUrlQuery &query = {},
                     const QString &key = kKey, int timeoutMs = 5000, DialgenSimulator *simulator = nullptr);
    Response get(const QString &path, const QUrlQuery &query = {}) { return request("GET", path, query); }
    QString findCall(const std::function<bool(const SimCall &)> &predicate) const;

    std::unique_ptr<DialgenSimulator> m_sim;
    QNetworkAccessManager m_nam;
};

void TestDialgenSimulator::initTestCase()
{
    m_nam.setProxy(QNetworkProxy::NoProxy); // loopback only, never a configured proxy
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    SimConfig config;
    config.seed = 42;
    config.apiKey = kKey;
    config.autoAdvance = false; // the tests drive the clock
    m_sim = std::make_unique<DialgenSimulator>(config);
    QString error;
    QVERIFY2(m_sim->start(0, &error), qPrintable(error));
}

void TestDialgenSimulator::init()
{
    m_sim->setFaults({});
    m_sim->setFlatPersistent(false);
}

void TestDialgenSimulator::cleanupTestCase()
{
    m_sim.reset();
}

Response TestDialgenSimulator::request(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                                       const QString &key, int timeoutMs, DialgenSimulator *simulator)
{
    QUrl url = (simulator ? simulator : m_sim.get())->baseUrl();
    url.setPath(path);
    url.setQuery(query);
    QNetworkRequest request(url);
    if (!key.isNull())
        request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
    request.setTransferTimeout(timeoutMs);

    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_nam.sendCustomRequest(request, verb);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Response out;
    out.finished = finished.wait(timeoutMs + 5000);
    out.elapsedMs = timer.elapsed();
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.error = reply->error();
    if (reply->isOpen())
        out.body = reply->readAll();
    out.contentType = reply->rawHeader("Content-Type");
    out.retryAfter = reply->rawHeader("Retry-After");
    reply->deleteLater();
    return out;
}

QString TestDialgenSimulator::findCall(const std::function<bool(const SimCall &)> &predicate) const
{
    const QStringList ids = m_sim->world().callIds();
    for (auto it = ids.crbegin(); it != ids.crend(); ++it) { // newest first
        const std::optional<SimCall> call = m_sim->world().call(*it);
        if (call && predicate(*call))
            return call->id;
    }
    return {};
}

void TestDialgenSimulator::startsOnEphemeralLoopbackPort()
{
    const QUrl url = m_sim->baseUrl();
    QCOMPARE(url.scheme(), QStringLiteral("http"));
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(url.port() > 0);
    QCOMPARE(url.toString(), QStringLiteral("http://127.0.0.1:%1").arg(url.port()));
    QCOMPARE(m_sim->apiKey(), kKey);

    SimConfig config;
    config.historyDays = 0;
    config.autoTraffic = false;
    DialgenSimulator second(config);
    QVERIFY(second.apiKey().startsWith(QLatin1String("dgsim_"))); // a generated key
    QVERIFY(second.apiKey().size() > 30);
    QVERIFY(!second.isRunning());
    QVERIFY(second.baseUrl().isEmpty());
    QVERIFY(second.start());
    QVERIFY(second.baseUrl().port() != url.port());
    QVERIFY(DialgenSimulator::generateApiKey() != DialgenSimulator::generateApiKey());
    second.stop();
    QVERIFY(!second.isRunning());
}

void TestDialgenSimulator::liveCallShape_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("fresh single call") << QStringLiteral("fresh");
    QTest::newRow("completed batch call") << QStringLiteral("completed");
    QTest::newRow("missed call") << QStringLiteral("missed");
    QTest::newRow("failed call") << QStringLiteral("failed");
}

void TestDialgenSimulator::liveCallShape()
{
    QFETCH(QString, kind);
    const QDateTime recent = m_sim->world().now().addDays(-20);
    QString callId;
    if (kind == QLatin1String("fresh"))
        callId = m_sim->world().createCall();
    else if (kind == QLatin1String("completed"))
        callId = findCall([&](const SimCall &c) {
            return c.status == SimCallStatus::Completed && !c.batchId.isEmpty() && c.createdAt > recent;
        });
    else if (kind == QLatin1String("missed"))
        callId = findCall(
            [&](const SimCall &c) { return c.status == SimCallStatus::Missed && c.createdAt > recent; });
    else
        callId = findCall(
            [&](const SimCall &c) { return c.status == SimCallStatus::Failed && c.createdAt > recent; });
    QVERIFY(!callId.isEmpty());
    const SimCall call = *m_sim->world().call(callId);

    const Response r =
        get(QStringLiteral("/api/v1/status/call"), QUrlQuery{{QStringLiteral("callId"), callId}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.contentType, QByteArray("application/json"));
    const QJsonObject o = r.object();
    const QString mismatch = shapeMismatch(o, liveCallFields(), QStringLiteral("status/call"));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch + QLatin1Char(' ') + QString::fromUtf8(r.body)));
    QCOMPARE(o.value(QStringLiteral("callId")).toString(), callId);
    QCOMPARE(o.value(QStringLiteral("status")).toString(), callStatusName(call.status));
    QVERIFY(isApiTime(o.value(QStringLiteral("startTime"))));
    QCOMPARE(o.value(QStringLiteral("phoneNumber")).toString(), call.phoneNumber);

    if (kind == QLatin1String("fresh")) {
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("SCHEDULED"));
        QVERIFY(o.value(QStringLiteral("batchId")).isNull());
        QVERIFY(o.value(QStringLiteral("error")).isNull());
        QVERIFY(o.value(QStringLiteral("duration")).isNull());
        QVERIFY(o.value(QStringLiteral("recordingUrl")).isNull());
    } else if (kind == QLatin1String("completed")) {
        QCOMPARE(o.value(QStringLiteral("batchId")).toString(), call.batchId);
        QVERIFY(o.value(QStringLiteral("error")).isNull());
        QVERIFY(o.value(QStringLiteral("duration")).toInt() > 0);
        QVERIFY(o.value(QStringLiteral("recordingUrl")).toString().startsWith(QLatin1String("https://")));
    } else {
        QVERIFY(!o.value(QStringLiteral("error")).toString().isEmpty());
        QVERIFY(o.value(QStringLiteral("recordingUrl")).isNull());
    }
}

void TestDialgenSimulator::persistentCallShape_data()
{
    QTest::addColumn<bool>("flat");
    QTest::newRow("wrapped {success, data}") << false;
    QTest::newRow("older flat shape") << true;
}

void TestDialgenSimulator::persistentCallShape()
{
    QFETCH(bool, flat);
    m_sim->setFlatPersistent(flat);
    const QString callId = findCall([](const SimCall &c) { return c.status == SimCallStatus::Completed; });
    QVERIFY(!callId.isEmpty());
    const SimCall call = *m_sim->world().call(callId);

    const Response r =
        get(QStringLiteral("/api/v1/call/check-status"), QUrlQuery{{QStringLiteral("callId"), callId}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.contentType, QByteArray("application/json"));
    QJsonObject data;
    if (flat) {
        data = r.object();
    } else {
        const QString outer = shapeMismatch(
            r.object(), Shape{{QStringLiteral("success"), Bool}, {QStringLiteral("data"), Object}},
            QStringLiteral("check-status"));
        QVERIFY2(outer.isEmpty(), qPrintable(outer));
        QCOMPARE(r.object().value(QStringLiteral("success")).toBool(), true);
        data = r.object().value(QStringLiteral("data")).toObject();
    }
    QString mismatch = shapeMismatch(data, persistentDataShape(), QStringLiteral("data"));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    mismatch = shapeMismatch(data.value(QStringLiteral("contact")).toObject(),
                             Shape{{QStringLiteral("name"), String}, {QStringLiteral("phoneNumber"), String}},
                             QStringLiteral("contact"));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QCOMPARE(data.value(QStringLiteral("id")).toString(), callId);
    QCOMPARE(data.value(QStringLiteral("status")).toString(), QStringLiteral("COMPLETED"));
    QVERIFY(QStringList({QStringLiteral("OUTBOUND"), QStringLiteral("INBOUND")})
                .contains(data.value(QStringLiteral("direction")).toString()));
    QCOMPARE(data.value(QStringLiteral("duration")).toInt(), *call.durationSeconds);
    QVERIFY(isApiTime(data.value(QStringLiteral("createdAt"))));
    QVERIFY(isApiTime(data.value(QStringLiteral("endedAt"))));
    QCOMPARE(data.value(QStringLiteral("agent")).toString(), call.agentName);
    QVERIFY(data.value(QStringLiteral("recordingUrl")).toString().endsWith(QLatin1String(".mp3")));
    const QJsonArray transcription = data.value(QStringLiteral("transcription")).toArray();
    QVERIFY(transcription.size() >= 4);
    for (const QJsonValue &line : transcription) {
        mismatch = shapeMismatch(line.toObject(),
                                 Shape{{QStringLiteral("role"), String}, {QStringLiteral("content"), String}},
                                 QStringLiteral("transcription"));
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        const QString role = line.toObject().value(QStringLiteral("role")).toString();
        QVERIFY(role == QLatin1String("assistant") || role == QLatin1String("user"));
    }
}

void TestDialgenSimulator::liveBatchShape()
{
    BatchOptions options;
    options.outcome = SimOutcome::Busy;
    const QString batchId = m_sim->world().createBatch(4, options);
    m_sim->world().advanceTo(m_sim->world().now().addSecs(120)); // every call has been busy once

    const Response r =
        get(QStringLiteral("/api/v1/status/batch"), QUrlQuery{{QStringLiteral("batchId"), batchId}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.contentType, QByteArray("application/json"));
    const QJsonObject o = r.object();
    QString mismatch =
        shapeMismatch(o, Shape{{QStringLiteral("batchId"), String}, {QStringLiteral("calls"), Array}},
                      QStringLiteral("status/batch"));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QCOMPARE(o.value(QStringLiteral("batchId")).toString(), batchId);
    const QJsonArray calls = o.value(QStringLiteral("calls")).toArray();
    QCOMPARE(calls.size(), 4);
    const Shape itemShape{{QStringLiteral("callId"), String},
                          {QStringLiteral("status"), String},
                          {QStringLiteral("startTime"), String},
                          {QStringLiteral("phoneNumber"), String},
                          {QStringLiteral("error"), String | Null},
                          {QStringLiteral("duration"), Number | Null},
                          {QStringLiteral("recordingUrl"), String | Null}};
    const QStringList expectedIds = m_sim->world().batch(batchId)->callIds;
    for (qsizetype i = 0; i < calls.size(); ++i) {
        const QJsonObject item = calls.at(i).toObject();
        mismatch = shapeMismatch(item, itemShape, QStringLiteral("calls[]"));
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        QCOMPARE(item.value(QStringLiteral("callId")).toString(), expectedIds.at(i));
        QCOMPARE(item.value(QStringLiteral("status")).toString(), QStringLiteral("MISSED"));
        QCOMPARE(item.value(QStringLiteral("error")).toString(), QStringLiteral("BUSY"));
        QVERIFY(isApiTime(item.value(QStringLiteral("startTime"))));
    }
}

void TestDialgenSimulator::batchCheckStatusShape()
{
    const QString batchId = m_sim->world().batchIds().constLast();
    const SimBatch batch = *m_sim->world().batch(batchId);
    const Response r =
        get(QStringLiteral("/api/v1/batch/check-status"), QUrlQuery{{QStringLiteral("batchId"), batchId}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.contentType, QByteArray("application/json"));
    const QJsonObject o = r.object();
    QString mismatch = shapeMismatch(o,
                                     Shape{{QStringLiteral("status"), String},
                                           {QStringLiteral("priority"), String},
                                           {QStringLiteral("statistics"), Object},
                                           {QStringLiteral("performance"), Object},
                                           {QStringLiteral("timestamps"), Object},
                                           {QStringLiteral("recentCalls"), Array},
                                           {QStringLiteral("webhooks"), Object},
                                           {QStringLiteral("agentId"), String},
                                           {QStringLiteral("userId"), String}},
                                     QStringLiteral("check-status"));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QVERIFY(
        QStringList({QStringLiteral("ingesting"), QStringLiteral("scheduled"), QStringLiteral("pending"),
                     QStringLiteral("processing"), QStringLiteral("completed"), QStringLiteral("cancelled")})
            .contains(o.value(QStringLiteral("status")).toString()));
    QCOMPARE(o.value(QStringLiteral("userId")).toString(), m_sim->world().userId());

    const QJsonObject stats = o.value(QStringLiteral("statistics")).toObject();
    mismatch = shapeMismatch(stats,
                             Shape{{QStringLiteral("total"), Number},
                                   {QStringLiteral("processed"), Number},
                                   {QStringLiteral("succeeded"), Number},
                                   {QStringLiteral("failed"), Number},
                                   {QStringLiteral("pending"), Number},
                                   {QStringLiteral("percentComplete"), Number},
                                   {QStringLiteral("successRate"), Number}},
                             QStringLiteral("statistics"));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QCOMPARE(stats.value(QStringLiteral("total")).toInt(), batch.total);
    QCOMPARE(stats.value(QStringLiteral("processed")).toInt() +
                 stats.value(QStringLiteral("pending")).toInt(),
             batch.total);
    QCOMPARE(stats.value(QStringLiteral("succeeded")).toInt() + stats.value(QStringLiteral("failed")).toInt(),
             stats.value(QStringLiteral("processed")).toInt());

    mismatch = shapeMismatch(o.value(QStringLiteral("performance")).toObject(),
                             Shape{{QStringLiteral("callsPerSecond"), Number},
                                   {QStringLiteral("estimatedTimeRemaining"), Number | Null},
                                   {QStringLiteral("elapsedTime"), Number}},
                             QStringLiteral("performance"));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    const QJsonObject timestamps = o.value(QStringLiteral("timestamps")).toObject();
    mismatch = shapeMismatch(timestamps,
                             Shape{{QStringLiteral("createdAt"), String},
                                   {QStringLiteral("startedAt"), String | Null},
                                   {QStringLiteral("completedAt"), String | Null}},
                             QStringLiteral("timestamps"));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QVERIFY(isApiTime(timestamps.value(QStringLiteral("createdAt"))));

    const QJsonArray recent = o.value(QStringLiteral("recentCalls")).toArray();
    QVERIFY(!recent.isEmpty());
    for (const QJsonValue &item : recent) {
        mismatch = shapeMismatch(item.toObject(),
                                 Shape{{QStringLiteral("id"), String},
                                       {QStringLiteral("callSid"), String},
                                       {QStringLiteral("status"), String},
                                       {QStringLiteral("duration"), Number | Null},
                                       {QStringLiteral("createdAt"), String},
                                       {QStringLiteral("phoneNumber"), String},
                                       {QStringLiteral("contactName"), String}},
                                 QStringLiteral("recentCalls[]"));
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        QVERIFY(batch.callIds.contains(item.toObject().value(QStringLiteral("id")).toString()));
        QVERIFY(callStatuses().contains(item.toObject().value(QStringLiteral("status")).toString()));
    }
}

void TestDialgenSimulator::batchCheckStatusLimit_data()
{
    QTest::addColumn<QString>("limit"); // null = parameter absent
    QTest::addColumn<int>("expectedStatus");
    QTest::addColumn<int>("expectedCount"); // -1 = every call of the batch
    QTest::newRow("absent: 10") << QString() << 200 << 10;
    QTest::newRow("3") << QStringLiteral("3") << 200 << 3;
    QTest::newRow("0") << QStringLiteral("0") << 200 << 0;
    QTest::newRow("all") << QStringLiteral("all") << 200 << -1;
    QTest::newRow("garbage") << QStringLiteral("lots") << 400 << 0;
    QTest::newRow("negative") << QStringLiteral("-2") << 400 << 0;
}

void TestDialgenSimulator::batchCheckStatusLimit()
{
    QFETCH(QString, limit);
    QFETCH(int, expectedStatus);
    QFETCH(int, expectedCount);
    BatchOptions options;
    options.outcome = SimOutcome::Answered;
    const QString batchId = m_sim->world().createBatch(25, options);
    QUrlQuery query{{QStringLiteral("batchId"), batchId}};
    if (!limit.isNull())
        query.addQueryItem(QStringLiteral("limit"), limit);
    const Response r = get(QStringLiteral("/api/v1/batch/check-status"), query);
    QCOMPARE(r.status, expectedStatus);
    if (expectedStatus != 200) {
        QCOMPARE(r.object().value(QStringLiteral("code")).toString(), QStringLiteral("INVALID_PARAMETER"));
        return;
    }
    QCOMPARE(r.object().value(QStringLiteral("recentCalls")).toArray().size(),
             expectedCount < 0 ? 25 : expectedCount);
}

void TestDialgenSimulator::batchListNewestFirst()
{
    const Response r = get(QStringLiteral("/api/v1/batch/list"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.contentType, QByteArray("application/json"));
    QVERIFY(QJsonDocument::fromJson(r.body).isArray());
    const QJsonArray list = r.array();
    QCOMPARE(list.size(), m_sim->world().batchCount());
    QVERIFY(list.size() > 100); // 60 days of history
    QDateTime previous;
    for (const QJsonValue &value : list) {
        const QJsonObject item = value.toObject();
        const QString mismatch = shapeMismatch(item,
                                               Shape{{QStringLiteral("batchId"), String},
                                                     {QStringLiteral("status"), String},
                                                     {QStringLiteral("total"), Number},
                                                     {QStringLiteral("processed"), Number},
                                                     {QStringLiteral("succeeded"), Number},
                                                     {QStringLiteral("failed"), Number},
                                                     {QStringLiteral("percentComplete"), Number},
                                                     {QStringLiteral("createdAt"), String},
                                                     {QStringLiteral("agentId"), String},
                                                     {QStringLiteral("priority"), String}},
                                               QStringLiteral("batch/list[]"));
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        QVERIFY(isApiTime(item.value(QStringLiteral("createdAt"))));
        const QDateTime created =
            QDateTime::fromString(item.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
        if (previous.isValid())
            QVERIFY(created <= previous);
        previous = created;
    }
}

void TestDialgenSimulator::metricsShape()
{
    const QString callId = findCall([](const SimCall &c) { return c.status == SimCallStatus::Completed; });
    const SimCall call = *m_sim->world().call(callId);
    const Response r = get(QStringLiteral("/api/v1/call/get-metric"),
                           QUrlQuery{{QStringLiteral("callId"), callId},
                                     {QStringLiteral("userId"), m_sim->world().userId()},
                                     {QStringLiteral("agentId"), call.agentId},
                                     {QStringLiteral("contactId"), call.contactId}});
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.object();
    QString mismatch = shapeMismatch(o,
                                     Shape{{QStringLiteral("success"), Bool},
                                           {QStringLiteral("callData"), Object},
                                           {QStringLiteral("metricSchema"), Object}},
                                     QStringLiteral("get-metric"));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    const QJsonObject data = o.value(QStringLiteral("callData")).toObject();
    mismatch = shapeMismatch(data,
                             Shape{{QStringLiteral("id"), String},
                                   {QStringLiteral("contactId"), String},
                                   {QStringLiteral("agentId"), String},
                                   {QStringLiteral("status"), String},
                                   {QStringLiteral("startTime"), String},
                                   {QStringLiteral("endTime"), String | Null},
                                   {QStringLiteral("duration"), Number | Null},
                                   {QStringLiteral("phoneNumber"), String},
                                   {QStringLiteral("contactName"), String},
                                   {QStringLiteral("transcription"), Array},
                                   {QStringLiteral("summary"), String | Null},
                                   {QStringLiteral("metricJson"), Object | Null}},
                             QStringLiteral("callData"));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QVERIFY(!data.value(QStringLiteral("summary")).toString().isEmpty());
    const QJsonObject metrics = data.value(QStringLiteral("metricJson")).toObject();
    mismatch = shapeMismatch(metrics,
                             Shape{{QStringLiteral("intent"), String},
                                   {QStringLiteral("sentiment"), String},
                                   {QStringLiteral("confidence"), Number},
                                   {QStringLiteral("keyPoints"), Array},
                                   {QStringLiteral("actionItems"), Array},
                                   {QStringLiteral("callStatus"), String}},
                             QStringLiteral("metricJson"));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QVERIFY(QStringList({QStringLiteral("positive"), QStringLiteral("neutral"), QStringLiteral("negative")})
                .contains(metrics.value(QStringLiteral("sentiment")).toString()));
    const double confidence = metrics.value(QStringLiteral("confidence")).toDouble();
    QVERIFY(confidence >= 0 && confidence <= 1);
    QVERIFY(o.value(QStringLiteral("metricSchema")).toObject().contains(QStringLiteral("sentiment")));

    // A userId the key does not own: 403. An agentId of another agent: 404.
    Response other = get(
        QStringLiteral("/api/v1/call/get-metric"),
        QUrlQuery{{QStringLiteral("callId"), callId}, {QStringLiteral("userId"), QStringLiteral("user_x")}});
    QCOMPARE(other.status, 403);
    other = get(QStringLiteral("/api/v1/call/get-metric"),
                QUrlQuery{{QStringLiteral("callId"), callId},
                          {QStringLiteral("agentId"), QStringLiteral("agent_x")}});
    QCOMPARE(other.status, 404);

    // Not completed yet: no summary, no metrics.
    const QString fresh = m_sim->world().createCall();
    const Response pending =
        get(QStringLiteral("/api/v1/call/get-metric"), QUrlQuery{{QStringLiteral("callId"), fresh}});
    QCOMPARE(pending.status, 200);
    QVERIFY(pending.object()
                .value(QStringLiteral("callData"))
                .toObject()
                .value(QStringLiteral("metricJson"))
                .isNull());
    QVERIFY(pending.object()
                .value(QStringLiteral("callData"))
                .toObject()
                .value(QStringLiteral("summary"))
                .isNull());
}

void TestDialgenSimulator::cancelBatch()
{
    BatchOptions options;
    options.dialSpacingMs = 3'600'000; // nothing gets dialled during the test
    const QString batchId = m_sim->world().createBatch(5, options);
    const QUrlQuery query{{QStringLiteral("batchId"), batchId}};

    QCOMPARE(get(QStringLiteral("/api/v1/batch/cancel"), query).status, 405); // a write endpoint
    Response r = request("POST", QStringLiteral("/api/v1/batch/cancel"), query);
    QCOMPARE(r.status, 200);
    const QString mismatch = shapeMismatch(r.object(),
                                           Shape{{QStringLiteral("success"), Bool},
                                                 {QStringLiteral("batchId"), String},
                                                 {QStringLiteral("status"), String},
                                                 {QStringLiteral("cancelledJobs"), Number},
                                                 {QStringLiteral("message"), String}},
                                           QStringLiteral("batch/cancel"));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QCOMPARE(r.object().value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
    QCOMPARE(r.object().value(QStringLiteral("cancelledJobs")).toInt(), 5);
    QCOMPARE(m_sim->world().batch(batchId)->status, QStringLiteral("cancelled"));

    r = request("POST", QStringLiteral("/api/v1/batch/cancel"), query);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("cancelledJobs")).toInt(), 0);

    // A batch that is already completed cannot be cancelled.
    QString completedBatch;
    const QStringList batches = m_sim->world().batchIds();
    for (const QString &id : batches) {
        if (m_sim->world().batch(id)->status == QLatin1String("completed")) {
            completedBatch = id;
            break;
        }
    }
    QVERIFY(!completedBatch.isEmpty());
    r = request("POST", QStringLiteral("/api/v1/batch/cancel"),
                QUrlQuery{{QStringLiteral("batchId"), completedBatch}});
    QCOMPARE(r.status, 400);
    QCOMPARE(m_sim->world().batch(completedBatch)->status, QStringLiteral("completed"));
}

void TestDialgenSimulator::unauthorized_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("key"); // null = no Authorization header
    const QString wrong = QStringLiteral("not-the-key");
    const QString longer = kKey + QStringLiteral("x");
    const QList<std::pair<QString, QByteArray>> endpoints{
        {QStringLiteral("/api/v1/status/call"), "GET"},
        {QStringLiteral("/api/v1/call/check-status"), "GET"},
        {QStringLiteral("/api/v1/status/batch"), "GET"},
        {QStringLiteral("/api/v1/batch/check-status"), "GET"},
        {QStringLiteral("/api/v1/batch/list"), "GET"},
        {QStringLiteral("/api/v1/call/get-metric"), "GET"},
        {QStringLiteral("/api/v1/batch/cancel"), "POST"},
    };
    for (const auto &[path, verb] : endpoints) {
        QTest::addRow("%s no header", qPrintable(path)) << path << verb << QString();
        QTest::addRow("%s wrong key", qPrintable(path)) << path << verb << wrong;
        QTest::addRow("%s key plus a char", qPrintable(path)) << path << verb << longer;
    }
}

void TestDialgenSimulator::unauthorized()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, verb);
    QFETCH(QString, key);
    // Valid ids of a live batch: only the key is wrong.
    const QString batchId = m_sim->world().createBatch(2);
    const QString callId = m_sim->world().batch(batchId)->callIds.constFirst();
    const QUrlQuery query{{QStringLiteral("callId"), callId}, {QStringLiteral("batchId"), batchId}};
    const Response r = request(verb, path, query, key);
    QCOMPARE(r.status, 401);
    QVERIFY(r.object().value(QStringLiteral("error")).isString());
    QVERIFY(!m_sim->world().batch(batchId)->cancelled);
}

void TestDialgenSimulator::missingId_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<bool>("present"); // present but empty vs absent
    const QList<std::tuple<QString, QByteArray, QString>> endpoints{
        {QStringLiteral("/api/v1/status/call"), "GET", QStringLiteral("callId")},
        {QStringLiteral("/api/v1/call/check-status"), "GET", QStringLiteral("callId")},
        {QStringLiteral("/api/v1/status/batch"), "GET", QStringLiteral("batchId")},
        {QStringLiteral("/api/v1/batch/check-status"), "GET", QStringLiteral("batchId")},
        {QStringLiteral("/api/v1/call/get-metric"), "GET", QStringLiteral("callId")},
        {QStringLiteral("/api/v1/batch/cancel"), "POST", QStringLiteral("batchId")},
    };
    for (const auto &[path, verb, parameter] : endpoints) {
        QTest::addRow("%s absent", qPrintable(path)) << path << verb << parameter << false;
        QTest::addRow("%s empty", qPrintable(path)) << path << verb << parameter << true;
    }
}

void TestDialgenSimulator::missingId()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, verb);
    QFETCH(QString, parameter);
    QFETCH(bool, present);
    QUrlQuery query;
    if (present)
        query.addQueryItem(parameter, QString());
    const Response r = request(verb, path, query);
    QCOMPARE(r.status, 400);
    const QString mismatch = shapeMismatch(r.object(),
                                           Shape{{QStringLiteral("error"), String},
                                                 {QStringLiteral("code"), String},
                                                 {QStringLiteral("message"), String},
                                                 {QStringLiteral("details"), Object | Null}},
                                           QStringLiteral("400 body"));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QVERIFY(r.object().value(QStringLiteral("message")).toString().contains(parameter));
}

void TestDialgenSimulator::unknownId_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("parameter");
    QTest::newRow("live call") << QStringLiteral("/api/v1/status/call") << QByteArray("GET")
                               << QStringLiteral("callId");
    QTest::newRow("persistent call") << QStringLiteral("/api/v1/call/check-status") << QByteArray("GET")
                                     << QStringLiteral("callId");
    QTest::newRow("live batch") << QStringLiteral("/api/v1/status/batch") << QByteArray("GET")
                                << QStringLiteral("batchId");
    QTest::newRow("batch statistics")
        << QStringLiteral("/api/v1/batch/check-status") << QByteArray("GET") << QStringLiteral("batchId");
    QTest::newRow("metrics") << QStringLiteral("/api/v1/call/get-metric") << QByteArray("GET")
                             << QStringLiteral("callId");
    QTest::newRow("cancel") << QStringLiteral("/api/v1/batch/cancel") << QByteArray("POST")
                            << QStringLiteral("batchId");
}

void TestDialgenSimulator::unknownId()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, verb);
    QFETCH(QString, parameter);
    const Response r = request(verb, path, QUrlQuery{{parameter, QStringLiteral("call_does_not_exist")}});
    QCOMPARE(r.status, 404);
    QCOMPARE(r.contentType, QByteArray("application/json"));
    QVERIFY(r.object().value(QStringLiteral("error")).isString());
}

// Live status is kept 30 days: a 45-day-old call is only served by the persistent endpoint.
void TestDialgenSimulator::liveVsPersistentByAge()
{
    const QDateTime now = m_sim->world().now();
    const QString old = findCall(
        [&](const SimCall &c) { return c.createdAt <= now.addDays(-45) && c.createdAt > now.addDays(-46); });
    const QString young = findCall(
        [&](const SimCall &c) { return c.createdAt <= now.addDays(-10) && c.createdAt > now.addDays(-11); });
    QVERIFY(!old.isEmpty());
    QVERIFY(!young.isEmpty());

    QCOMPARE(get(QStringLiteral("/api/v1/status/call"), QUrlQuery{{QStringLiteral("callId"), old}}).status,
             404);
    const Response persistent =
        get(QStringLiteral("/api/v1/call/check-status"), QUrlQuery{{QStringLiteral("callId"), old}});
    QCOMPARE(persistent.status, 200);
    QCOMPARE(
        persistent.object().value(QStringLiteral("data")).toObject().value(QStringLiteral("id")).toString(),
        old);

    QCOMPARE(get(QStringLiteral("/api/v1/status/call"), QUrlQuery{{QStringLiteral("callId"), young}}).status,
             200);
    QCOMPARE(
        get(QStringLiteral("/api/v1/call/check-status"), QUrlQuery{{QStringLiteral("callId"), young}}).status,
        200);

    // Same for batches: the live batch status of a 45-day-old batch is gone, its statistics are not.
    QString oldBatch;
    const QStringList batches = m_sim->world().batchIds();
    for (const QString &id : batches) {
        if (m_sim->world().batch(id)->createdAt < now.addDays(-45)) {
            oldBatch = id;
            break;
        }
    }
    QVERIFY(!oldBatch.isEmpty());
    QCOMPARE(
        get(QStringLiteral("/api/v1/status/batch"), QUrlQuery{{QStringLiteral("batchId"), oldBatch}}).status,
        404);
    QCOMPARE(
        get(QStringLiteral("/api/v1/batch/check-status"), QUrlQuery{{QStringLiteral("batchId"), oldBatch}})
            .status,
        200);
}

void TestDialgenSimulator::requestAccounting()
{
    QSignalSpy served(m_sim.get(), &DialgenSimulator::requestServed);
    const quint64 before = m_sim->requestCount();
    QCOMPARE(get(QStringLiteral("/api/v1/batch/list")).status, 200);
    QCOMPARE(request("GET", QStringLiteral("/api/v1/batch/list"), {}, QString()).status, 401);
    QCOMPARE(m_sim->requestCount(), before + 2);
    QCOMPARE(served.count(), 2);
    QCOMPARE(served.at(0).at(0).toString(), QStringLiteral("/api/v1/batch/list"));
    QCOMPARE(served.at(0).at(1).toInt(), 200);
    QCOMPARE(served.at(1).at(1).toInt(), 401);
}

void TestDialgenSimulator::faultLatency()
{
    const QUrlQuery query{{QStringLiteral("batchId"), m_sim->world().batchIds().constLast()}};
    const Response baseline = get(QStringLiteral("/api/v1/batch/check-status"), query);
    QCOMPARE(baseline.status, 200);

    FaultConfig faults;
    faults.latencyMs = 400;
    m_sim->setFaults(faults);
    QCOMPARE(m_sim->faults().latencyMs, 400);
    const Response slow = get(QStringLiteral("/api/v1/batch/check-status"), query);
    QCOMPARE(slow.status, 200);
    QVERIFY2(slow.elapsedMs >= 400, qPrintable(QString::number(slow.elapsedMs)));
    QVERIFY2(slow.elapsedMs < 4000, qPrintable(QString::number(slow.elapsedMs)));
    QVERIFY2(baseline.elapsedMs < slow.elapsedMs, qPrintable(QString::number(baseline.elapsedMs)));
    QCOMPARE(QJsonDocument::fromJson(slow.body).isObject(), true); // delayed, not damaged
}

void TestDialgenSimulator::faultServerErrors()
{
    FaultConfig faults;
    faults.serverErrorRate = 1.0;
    faults.retryAfterSeconds = 4;
    m_sim->setFaults(faults);
    QSet<int> seen;
    for (int i = 0; i < 12; ++i) {
        const Response r = get(QStringLiteral("/api/v1/batch/list"));
        QVERIFY2(r.status == 500 || r.status == 502 || r.status == 503,
                 qPrintable(QString::number(r.status)));
        QVERIFY(r.object().value(QStringLiteral("error")).isString());
        if (r.status == 503)
            QCOMPARE(r.retryAfter, QByteArray("4"));
        seen.insert(r.status);
    }
    QVERIFY(seen.contains(500));
    // Authentication still comes first.
    QCOMPARE(request("GET", QStringLiteral("/api/v1/batch/list"), {}, QStringLiteral("bad")).status, 401);
    m_sim->setFaults({});
    QCOMPARE(get(QStringLiteral("/api/v1/batch/list")).status, 200);
}

void TestDialgenSimulator::faultRateLimit()
{
    FaultConfig faults;
    faults.rateLimitRate = 1.0;
    faults.retryAfterSeconds = 7;
    m_sim->setFaults(faults);
    const Response r = get(QStringLiteral("/api/v1/status/call"),
                           QUrlQuery{{QStringLiteral("callId"), m_sim->world().callIds().constLast()}});
    QCOMPARE(r.status, 429);
    QCOMPARE(r.retryAfter, QByteArray("7"));
    QCOMPARE(r.object().value(QStringLiteral("code")).toString(), QStringLiteral("RATE_LIMITED"));
}

// Every malformed body is either not JSON at all or JSON with the documented fields of the wrong type.
void TestDialgenSimulator::faultMalformed()
{
    FaultConfig faults;
    faults.malformedRate = 1.0;
    m_sim->setFaults(faults);
    const QUrlQuery query{{QStringLiteral("callId"), m_sim->world().callIds().constLast()}};
    int unparsable = 0;
    int wrongTypes = 0;
    for (int i = 0; i < 16; ++i) {
        const Response r = get(QStringLiteral("/api/v1/status/call"), query);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.error, QNetworkReply::NoError); // the HTTP exchange itself is fine
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(r.body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            ++unparsable;
            continue;
        }
        const QJsonObject o = document.object();
        QVERIFY2(!o.value(QStringLiteral("status")).isString(), r.body.constData());
        QVERIFY(!shapeMismatch(o, liveCallFields(), QString()).isEmpty());
        ++wrongTypes;
    }
    QVERIFY(unparsable > 0);
    QVERIFY(wrongTypes > 0);
    m_sim->setFaults({});
    const Response clean = get(QStringLiteral("/api/v1/status/call"), query);
    QVERIFY(shapeMismatch(clean.object(), liveCallFields(), QString()).isEmpty());
}

// Headers and part of the body arrive, then nothing: only the client's transfer timeout ends the request.
void TestDialgenSimulator::faultStall()
{
    FaultConfig faults;
    faults.stallRate = 1.0;
    m_sim->setFaults(faults);
    const Response r = request("GET", QStringLiteral("/api/v1/batch/list"), {}, kKey, 300);
    QVERIFY(r.finished);
    QVERIFY2(r.error == QNetworkReply::OperationCanceledError || r.error == QNetworkReply::TimeoutError,
             qPrintable(QString::number(r.error)));
    QCOMPARE(r.status, 200); // the status line had arrived
    QVERIFY2(r.elapsedMs >= 280, qPrintable(QString::number(r.elapsedMs)));
    QVERIFY2(r.elapsedMs < 3000, qPrintable(QString::number(r.elapsedMs)));

    m_sim->setFaults({});
    QCOMPARE(get(QStringLiteral("/api/v1/batch/list")).status, 200);
}

void TestDialgenSimulator::faultReset()
{
    FaultConfig faults;
    faults.resetRate = 1.0;
    m_sim->setFaults(faults);
    for (int i = 0; i < 4; ++i) {
        const Response r = get(QStringLiteral("/api/v1/batch/list"));
        QVERIFY(r.finished);
        QVERIFY2(r.error != QNetworkReply::NoError, qPrintable(QString::number(r.status)));
        QVERIFY(r.error != QNetworkReply::OperationCanceledError); // not a timeout: the peer went away
        QVERIFY(!QJsonDocument::fromJson(r.body).isArray());
    }
    m_sim->setFaults({});
    QCOMPARE(get(QStringLiteral("/api/v1/batch/list")).status, 200);
}

void TestDialgenSimulator::autoAdvanceMovesTheWorld()
{
    SimConfig config;
    config.historyDays = 0;
    config.autoTraffic = false;
    config.speed = 100;
    DialgenSimulator simulator(config);
    QVERIFY(simulator.autoAdvance());
    QSignalSpy changed(&simulator, &DialgenSimulator::callChanged);
    CallOptions options;
    options.outcome = SimOutcome::Answered;
    options.talkSeconds = 30; // 300 ms at speed 100
    options.startDelayMs = 0;
    const QString id = simulator.world().createCall(options);
    QTRY_COMPARE(simulator.world().call(id)->status, SimCallStatus::Completed);
    QCOMPARE(simulator.world().call(id)->durationSeconds, std::optional<int>(30));
    QVERIFY(changed.count() >= 2);
    simulator.setAutoAdvance(false);
    QVERIFY(!simulator.autoAdvance());
}

// Tearing the simulator down under a waiting client must neither crash nor leave the client hanging.
void TestDialgenSimulator::destroyWithOpenConnections()
{
    SimConfig config;
    config.historyDays = 0;
    config.autoTraffic = false;
    config.apiKey = kKey;
    auto simulator = std::make_unique<DialgenSimulator>(config);
    QVERIFY(simulator->start());
    FaultConfig faults;
    faults.stallRate = 1.0;
    simulator->setFaults(faults);
    QSignalSpy served(simulator.get(), &DialgenSimulator::requestServed);

    QUrl url = simulator->baseUrl();
    url.setPath(QStringLiteral("/api/v1/batch/list"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + kKey.toUtf8());
    request.setTransferTimeout(10'000);
    QNetworkReply *reply = m_nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(served.wait(5000)); // the request reached the server and is now stalled in the proxy
    QVERIFY(finished.isEmpty());

    simulator.reset();
    QVERIFY(finished.wait(5000));
    QVERIFY(reply->error() != QNetworkReply::NoError);
    reply->deleteLater();
}

QTEST_GUILESS_MAIN(TestDialgenSimulator)
#include "tst_dialgensimulator.moc"

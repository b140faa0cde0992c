#include "testsupport.h"

#include "cannedserver.h"
#include "idlist.h"
#include "lookup.h"
#include "sim/dialgensimulator.h"
#include "sim/simworld.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cw;
using cw::test::CannedServer;

namespace {

const QStringList &documentedKeys()
{
    static const QStringList keys{
        QStringLiteral("callId"),      QStringLiteral("status"),    QStringLiteral("startTime"),
        QStringLiteral("phoneNumber"), QStringLiteral("contactId"), QStringLiteral("batchId"),
        QStringLiteral("error"),       QStringLiteral("duration"),  QStringLiteral("recordingUrl")};
    return keys;
}

// Empty when `text` is exactly one compact JSON object on one line ending in '\n' whose documented
// fields are all present and typed as the live endpoint types them; otherwise what is wrong.
QString jsonProblem(const QByteArray &text, QJsonObject *object)
{
    if (!text.endsWith('\n') || text.count('\n') != 1)
        return QStringLiteral("stdout is not exactly one line ending in a newline");
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return QStringLiteral("stdout is not a JSON object: ") + parseError.errorString();
    if (document.toJson(QJsonDocument::Compact) + '\n' != text)
        return QStringLiteral("stdout is not compact JSON");
    *object = document.object();
    for (const QString &key : documentedKeys()) {
        if (!object->contains(key))
            return QStringLiteral("missing key ") + key;
        const QJsonValue value = object->value(key);
        if (key == QLatin1String("callId") || key == QLatin1String("status")) {
            if (!value.isString() || value.toString().isEmpty())
                return key + QStringLiteral(" is not a non-empty string");
        } else if (key == QLatin1String("duration")) {
            if (!value.isNull() && !(value.isDouble() && value.toDouble() == double(value.toInteger())))
                return QStringLiteral("duration is neither null nor an integer");
        } else if (!value.isNull() && !(value.isString() && !value.toString().isEmpty())) {
            return key + QStringLiteral(" is neither null nor a non-empty string");
        }
    }
    const QJsonValue start = object->value(QLatin1String("startTime"));
    if (start.isString() && !QDateTime::fromString(start.toString(), Qt::ISODateWithMs).isValid())
        return QStringLiteral("startTime is not an ISO 8601 timestamp");
    return {};
}

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue timestampOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'")))
                          : QJsonValue(QJsonValue::Null);
}

struct CliRun
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestLookup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    // runLookup in process, against the simulator
    void foundLive_data();
    void foundLive();
    void foundViaPersistent();
    void notFound();
    void keyProblems_data();
    void keyProblems();
    void transportAndServerFailures_data();
    void transportAndServerFailures();
    void connectionRefused();
    void callIdRule_data();
    void callIdRule();
    void badBaseUrl_data();
    void badBaseUrl();
    void serverEchoingTheKeyIsRedacted();
    void exitCodeForEveryErrorKind_data();
    void exitCodeForEveryErrorKind();

    // the real executable, with no display in its environment
    void helpAndVersionNeedNoDisplay_data();
    void helpAndVersionNeedNoDisplay();
    void executable_data();
    void executable();
    void lookupWithoutJsonStartsTheWindow();
    void windowOptionsBadUsage_data();
    void windowOptionsBadUsage();

private:
    ClientConfig simConfig() const;
    QString oldCallId() const;
    QUrl closedPortUrl() const;
    void verifyNoKey(const QByteArray &out, const QString &err) const;
    CliRun runCli(const QStringList &arguments, const QString &apiKey, bool withDisplay = false,
                  int timeoutMs = 15000) const;

    std::unique_ptr<sim::DialgenSimulator> m_sim;
    const QString m_wrongKey = QStringLiteral("wrong-key-5f1c0a9e77d2");
};

void TestLookup::initTestCase()
{
    sim::SimConfig config;
    config.seed = 42;
    config.autoAdvance = false; // the world only moves when the test says so
    m_sim = std::make_unique<sim::DialgenSimulator>(config);
    QString error;
    QVERIFY2(m_sim->start(0, &error), qPrintable(error));
    QVERIFY(m_sim->apiKey().size() >= 8);
}

void TestLookup::init()
{
    m_sim->setFaults({});
}

ClientConfig TestLookup::simConfig() const
{
    ClientConfig config;
    config.baseUrl = m_sim->baseUrl();
    config.apiKey = m_sim->apiKey();
    config.transferTimeoutMs = 5000;
    return config;
}

QString TestLookup::oldCallId() const
{
    const QDateTime cutoff = m_sim->world().now().addDays(-31);
    for (const QString &id : m_sim->world().callIds()) {
        if (m_sim->world().call(id)->createdAt < cutoff)
            return id;
    }
    return {};
}

QUrl TestLookup::closedPortUrl() const
{
    // A port nobody listens on: open one, note it, close it.
    quint16 port = 0;
    {
        QTcpServer probe;
        if (probe.listen(QHostAddress::LocalHost, 0))
            port = probe.serverPort();
    }
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

void TestLookup::verifyNoKey(const QByteArray &out, const QString &err) const
{
    for (const QString &key : {m_sim->apiKey(), m_wrongKey}) {
        QVERIFY2(!out.contains(key.toUtf8()), "the API key reached stdout");
        QVERIFY2(!err.contains(key), "the API key reached stderr");
    }
}

void TestLookup::foundLive_data()
{
    QTest::addColumn<int>("moveTo"); // -1: leave SCHEDULED
    QTest::addColumn<QString>("callError");
    QTest::addColumn<QString>("status");

    QTest::newRow("scheduled") << -1 << QString() << "SCHEDULED";
    QTest::newRow("ongoing") << int(sim::SimCallStatus::Ongoing) << QString() << "ONGOING";
    QTest::newRow("completed") << int(sim::SimCallStatus::Completed) << QString() << "COMPLETED";
    QTest::newRow("missed") << int(sim::SimCallStatus::Missed) << "NO_ANSWER"
                            << "MISSED";
    QTest::newRow("failed") << int(sim::SimCallStatus::Failed) << "INVALID_NUMBER"
                            << "FAILED";
}

void TestLookup::foundLive()
{
    QFETCH(int, moveTo);
    QFETCH(QString, callError);
    QFETCH(QString, status);

    const QString id = m_sim->world().createCall();
    if (moveTo == int(sim::SimCallStatus::Completed))
        QVERIFY(m_sim->world().forceStatus(id, sim::SimCallStatus::Ongoing));
    if (moveTo >= 0)
        QVERIFY(m_sim->world().forceStatus(id, sim::SimCallStatus(moveTo), callError));
    const sim::SimCall expected = *m_sim->world().call(id);

    const quint64 before = m_sim->requestCount();
    const LookupResult result = runLookup(simConfig(), id, 5000);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.stderrLine.isEmpty(), qPrintable(result.stderrLine));
    QCOMPARE(m_sim->requestCount() - before, quint64(1)); // the live endpoint answered
    verifyNoKey(result.stdoutText, result.stderrLine);

    QJsonObject json;
    const QString problem = jsonProblem(result.stdoutText, &json);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // The live endpoint carries exactly the documented fields, so exactly those are printed.
    QStringList keys = json.keys();
    keys.sort();
    QStringList documented = documentedKeys();
    documented.sort();
    QCOMPARE(keys, documented);

    QCOMPARE(json.value(QLatin1String("callId")).toString(), id);
    QCOMPARE(json.value(QLatin1String("status")).toString(), status);
    QCOMPARE(json.value(QLatin1String("startTime")), timestampOrNull(expected.startTime));
    QCOMPARE(json.value(QLatin1String("phoneNumber")), stringOrNull(expected.phoneNumber));
    QCOMPARE(json.value(QLatin1String("contactId")), stringOrNull(expected.contactId));
    QCOMPARE(json.value(QLatin1String("batchId")), QJsonValue(QJsonValue::Null)); // a single call
    QCOMPARE(json.value(QLatin1String("error")), stringOrNull(expected.error));
    QCOMPARE(json.value(QLatin1String("recordingUrl")), stringOrNull(expected.recordingUrl));
    QCOMPARE(json.value(QLatin1String("duration")),
             expected.durationSeconds ? QJsonValue(*expected.durationSeconds) : QJsonValue(QJsonValue::Null));
    if (!callError.isEmpty())
        QCOMPARE(json.value(QLatin1String("error")).toString(), callError);
    if (moveTo == int(sim::SimCallStatus::Completed))
        QVERIFY(json.value(QLatin1String("duration")).isDouble()); // a non-null value was checked too
    else if (moveTo < 0)
        QVERIFY(json.value(QLatin1String("duration")).isNull()); // and a null one
}

void TestLookup::foundViaPersistent()
{
    const QString id = oldCallId();
    QVERIFY2(!id.isEmpty(), "the simulator's history reaches back past 30 days");
    const sim::SimCall expected = *m_sim->world().call(id);

    const quint64 before = m_sim->requestCount();
    const LookupResult result = runLookup(simConfig(), id, 5000);
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.stderrLine.isEmpty());
    QCOMPARE(m_sim->requestCount() - before, quint64(2)); // live said 404, persistent answered
    verifyNoKey(result.stdoutText, result.stderrLine);

    QJsonObject json;
    const QString problem = jsonProblem(result.stdoutText, &json);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(json.value(QLatin1String("callId")).toString(), id);
    // The persistent endpoint has no contactId, batchId or error: unknown, so null, never made up.
    QCOMPARE(json.value(QLatin1String("contactId")), QJsonValue(QJsonValue::Null));
    QCOMPARE(json.value(QLatin1String("batchId")), QJsonValue(QJsonValue::Null));
    QCOMPARE(json.value(QLatin1String("error")), QJsonValue(QJsonValue::Null));
    QCOMPARE(json.value(QLatin1String("phoneNumber")), stringOrNull(expected.phoneNumber));
    QVERIFY(QStringList({QStringLiteral("COMPLETED"), QStringLiteral("MISSED"), QStringLiteral("FAILED")})
                .contains(json.value(QLatin1String("status")).toString()));
    // ...and what it knows beyond the live fields is printed too.
    QCOMPARE(json.value(QLatin1String("direction")).toString(),
             expected.direction == sim::SimDirection::Outbound ? QStringLiteral("OUTBOUND")
                                                               : QStringLiteral("INBOUND"));
}

void TestLookup::notFound()
{
    const QString id = QStringLiteral("call_does_not_exist");
    const quint64 before = m_sim->requestCount();
    const LookupResult result = runLookup(simConfig(), id, 5000);
    QCOMPARE(result.exitCode, 3);
    QCOMPARE(m_sim->requestCount() - before, quint64(2)); // live and persistent both said 404
    QVERIFY(result.stdoutText.isEmpty());
    QVERIFY(result.stderrLine.contains(id));
    QVERIFY2(result.stderrLine.contains(QStringLiteral("404")), qPrintable(result.stderrLine));
    QVERIFY(!result.stderrLine.contains(QLatin1Char('\n')));
    verifyNoKey(result.stdoutText, result.stderrLine);
}

void TestLookup::keyProblems_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("requests");
    QTest::newRow("wrong key") << m_wrongKey << 1; // a 401 is no reason to ask the persistent endpoint
    QTest::newRow("no key") << QString() << 0;
    QTest::newRow("blank key") << QStringLiteral("   ") << 0;
}

void TestLookup::keyProblems()
{
    QFETCH(QString, key);
    QFETCH(int, requests);
    ClientConfig config = simConfig();
    config.apiKey = key;
    const quint64 before = m_sim->requestCount();
    const LookupResult result = runLookup(config, m_sim->world().callIds().constLast(), 5000);
    QCOMPARE(result.exitCode, 4);
    QCOMPARE(m_sim->requestCount() - before, quint64(requests));
    QVERIFY(result.stdoutText.isEmpty());
    QVERIFY(!result.stderrLine.isEmpty());
    if (requests == 0)
        QVERIFY2(result.stderrLine.contains(QStringLiteral("DIALGEN_API_KEY")),
                 qPrintable(result.stderrLine));
    else
        QVERIFY2(result.stderrLine.contains(QStringLiteral("401")), qPrintable(result.stderrLine));
    verifyNoKey(result.stdoutText, result.stderrLine);
}

void TestLookup::transportAndServerFailures_data()
{
    QTest::addColumn<double>("serverErrorRate");
    QTest::addColumn<double>("rateLimitRate");
    QTest::addColumn<double>("malformedRate");
    QTest::addColumn<double>("stallRate");
    QTest::addColumn<double>("resetRate");
    QTest::addColumn<int>("latencyMs");
    QTest::addColumn<int>("timeoutMs");

    QTest::newRow("server error") << 1.0 << 0.0 << 0.0 << 0.0 << 0.0 << 0 << 5000;
    QTest::newRow("rate limited") << 0.0 << 1.0 << 0.0 << 0.0 << 0.0 << 0 << 5000;
    QTest::newRow("malformed body") << 0.0 << 0.0 << 1.0 << 0.0 << 0.0 << 0 << 5000;
    QTest::newRow("connection reset") << 0.0 << 0.0 << 0.0 << 0.0 << 1.0 << 0 << 5000;
    QTest::newRow("stalled body") << 0.0 << 0.0 << 0.0 << 1.0 << 0.0 << 0 << 400;
    // The whole lookup is bounded too, not only each transfer.
    QTest::newRow("slow answer past the deadline") << 0.0 << 0.0 << 0.0 << 0.0 << 0.0 << 3000 << 400;
}

void TestLookup::transportAndServerFailures()
{
    QFETCH(double, serverErrorRate);
    QFETCH(double, rateLimitRate);
    QFETCH(double, malformedRate);
    QFETCH(double, stallRate);
    QFETCH(double, resetRate);
    QFETCH(int, latencyMs);
    QFETCH(int, timeoutMs);

    sim::FaultConfig faults;
    faults.serverErrorRate = serverErrorRate;
    faults.rateLimitRate = rateLimitRate;
    faults.malformedRate = malformedRate;
    faults.stallRate = stallRate;
    faults.resetRate = resetRate;
    faults.latencyMs = latencyMs;
    m_sim->setFaults(faults);

    QElapsedTimer timer;
    timer.start();
    const LookupResult result = runLookup(simConfig(), m_sim->world().callIds().constLast(), timeoutMs);
    QCOMPARE(result.exitCode, 5);
    QVERIFY(result.stdoutText.isEmpty());
    QVERIFY(!result.stderrLine.isEmpty());
    QVERIFY(!result.stderrLine.contains(QLatin1Char('\n')));
    verifyNoKey(result.stdoutText, result.stderrLine);
    if (stallRate > 0 || latencyMs > 0) {
        QVERIFY2(result.stderrLine.contains(QStringLiteral("in time")), qPrintable(result.stderrLine));
        QVERIFY(timer.elapsed() >= timeoutMs - 50);
        QVERIFY2(timer.elapsed() < 2500, "the deadline did not cut the lookup short");
    }
}

void TestLookup::connectionRefused()
{
    ClientConfig config = simConfig();
    config.baseUrl = closedPortUrl();
    QVERIFY(config.baseUrl.port() > 0);
    const LookupResult result = runLookup(config, QStringLiteral("call_1"), 5000);
    QCOMPARE(result.exitCode, 5);
    QVERIFY(result.stdoutText.isEmpty());
    QVERIFY2(result.stderrLine.contains(QStringLiteral("reach")), qPrintable(result.stderrLine));
    verifyNoKey(result.stdoutText, result.stderrLine);
}

void TestLookup::callIdRule_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("plausible");
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("space inside") << "call 1" << false;
    QTest::newRow("leading space") << " call_1" << false;
    QTest::newRow("tab") << "call\t1" << false;
    QTest::newRow("newline") << "call_1\nrm" << false;
    QTest::newRow("escape") << QStringLiteral("call_1\x1b[2J") << false;
    QTest::newRow("zero width space")
        << (QStringLiteral("call") + QChar(0x200B) + QStringLiteral("1")) << false;
    QTest::newRow("no-break space") << (QStringLiteral("call") + QChar(0x00A0) + QStringLiteral("1"))
                                    << false;
    QTest::newRow("201 characters") << QString(201, QLatin1Char('x')) << false;
    QTest::newRow("200 characters") << QString(200, QLatin1Char('x')) << true;
    QTest::newRow("one character") << "x" << true;
    QTest::newRow("punctuation") << "a+b&c#d/e?f" << true;
    QTest::newRow("double quote") << "call\"1" << false;
    QTest::newRow("angle bracket") << "<call_1>" << false;
    QTest::newRow("non-ASCII") << QStringLiteral("appel_\u00e9t\u00e9") << true;
}

void TestLookup::callIdRule()
{
    QFETCH(QString, id);
    QFETCH(bool, plausible);
    QCOMPARE(isPlausibleId(id), plausible); // the window's rule, which the lookup applies too

    const quint64 before = m_sim->requestCount();
    const LookupResult result = runLookup(simConfig(), id, 5000);
    verifyNoKey(result.stdoutText, result.stderrLine);
    QVERIFY(result.stdoutText.isEmpty());
    if (plausible) {
        QCOMPARE(result.exitCode, 3); // asked, and unknown to the simulator
        QCOMPARE(m_sim->requestCount() - before, quint64(2));
    } else {
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(m_sim->requestCount(), before); // nothing was sent
        QVERIFY(!result.stderrLine.isEmpty());
        QVERIFY(!result.stderrLine.contains(QLatin1Char('\n')));
        QVERIFY(!result.stderrLine.contains(QChar(0x1b)));
    }
}

void TestLookup::badBaseUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("http to a remote host") << "http://sa.dialgen.ai";
    QTest::newRow("http to a private address") << "http://192.168.1.20:8080";
    QTest::newRow("ftp") << "ftp://sa.dialgen.ai";
    QTest::newRow("no host") << "https://";
    QTest::newRow("user info") << "https://user:pass@sa.dialgen.ai";
    QTest::newRow("empty") << "";
}

void TestLookup::badBaseUrl()
{
    QFETCH(QString, url);
    ClientConfig config = simConfig();
    config.baseUrl = QUrl(url, QUrl::StrictMode);
    const LookupResult result = runLookup(config, QStringLiteral("call_1"), 5000);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.stdoutText.isEmpty());
    QVERIFY(!result.stderrLine.isEmpty());
    verifyNoKey(result.stdoutText, result.stderrLine);
}

void TestLookup::serverEchoingTheKeyIsRedacted()
{
    const QString key = QStringLiteral("cw-echoed-key-0123456789");
    CannedServer server;
    QVERIFY(server.isListening());
    ClientConfig config;
    config.baseUrl = server.url();
    config.apiKey = key;

    // A rejection that quotes the key back, with a line break and a terminal escape in it.
    server.serve(QStringLiteral("/api/v1/status/call"),
                 {401,
                  QByteArray(R"({"error":"Invalid API key )") + key.toUtf8() + R"(\n\u001b[31mbye"})",
                  "application/json",
                  {}});
    LookupResult result = runLookup(config, QStringLiteral("c"), 5000);
    QCOMPARE(result.exitCode, 4);
    QVERIFY2(result.stderrLine.contains(QStringLiteral("Invalid API key [API key]")),
             qPrintable(result.stderrLine));
    QVERIFY(!result.stderrLine.contains(key));
    QVERIFY(!result.stderrLine.contains(QLatin1Char('\n')));
    QVERIFY(!result.stderrLine.contains(QChar(0x1b)));

    // A call whose fields quote the key back: still one valid JSON object, without the key.
    server.serve(
        QStringLiteral("/api/v1/status/call"),
        {200,
         QByteArray(R"({"callId":"c","status":"COMPLETED","phoneNumber":"+1555 )") + key.toUtf8() + R"("})",
         "application/json",
         {}});
    result = runLookup(config, QStringLiteral("c"), 5000);
    QCOMPARE(result.exitCode, 0);
    QVERIFY(!result.stdoutText.contains(key.toUtf8()));
    QJsonObject json;
    const QString problem = jsonProblem(result.stdoutText, &json);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(json.value(QLatin1String("phoneNumber")).toString(), QStringLiteral("+1555 [API key]"));
}

void TestLookup::exitCodeForEveryErrorKind_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("exitCode");
    using K = ApiError::Kind;
    QTest::newRow("none") << int(K::None) << 0;
    QTest::newRow("404") << int(K::NotFound) << 3;
    QTest::newRow("401") << int(K::Unauthorized) << 4;
    QTest::newRow("403") << int(K::Forbidden) << 4;
    QTest::newRow("missing key") << int(K::MissingApiKey) << 4;
    QTest::newRow("insecure url") << int(K::InsecureUrl) << 2;
    QTest::newRow("400") << int(K::BadRequest) << 5;
    QTest::newRow("402") << int(K::PaymentRequired) << 5;
    QTest::newRow("409") << int(K::Conflict) << 5;
    QTest::newRow("429") << int(K::RateLimited) << 5;
    QTest::newRow("5xx") << int(K::Server) << 5;
    QTest::newRow("other http") << int(K::HttpOther) << 5;
    QTest::newRow("network") << int(K::Network) << 5;
    QTest::newRow("timeout") << int(K::Timeout) << 5;
    QTest::newRow("malformed") << int(K::MalformedBody) << 5;
    QTest::newRow("cancelled") << int(K::Cancelled) << 5;
}

void TestLookup::exitCodeForEveryErrorKind()
{
    QFETCH(int, kind);
    QFETCH(int, exitCode);
    QCOMPARE(lookupExitCode(ApiError::Kind(kind)), exitCode);
}

CliRun TestLookup::runCli(const QStringList &arguments, const QString &apiKey, bool withDisplay,
                          int timeoutMs) const
{
    CliRun run;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"),
                                QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("DIALGEN_API_KEY")})
        environment.remove(name);
    if (withDisplay)
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (!apiKey.isNull())
        environment.insert(QStringLiteral("DIALGEN_API_KEY"), apiKey);

    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CALLWATCH_BINARY), arguments);
    if (!process.waitForStarted(5000))
        return run;
    // The simulator lives in this process's event loop: keep it running while the child works.
    run.finished = QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, timeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished(5000);
        return run;
    }
    run.finished = process.exitStatus() == QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TestLookup::helpAndVersionNeedNoDisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")}
                               << QStringLiteral("CallWatch " CALLWATCH_VERSION);
    QTest::newRow("-v") << QStringList{QStringLiteral("-v")}
                        << QStringLiteral("CallWatch " CALLWATCH_VERSION);
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << QStringLiteral("--lookup");
    QTest::newRow("-h with --demo") << QStringList{QStringLiteral("--demo"), QStringLiteral("-h")}
                                    << QStringLiteral("--demo-speed");
}

void TestLookup::helpAndVersionNeedNoDisplay()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const CliRun run = runCli(arguments, QString(), false); // no DISPLAY, no QT_QPA_PLATFORM
    QVERIFY2(run.finished, "callwatch did not finish on its own");
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(QString::fromUtf8(run.out).contains(expected), run.out.constData());
}

void TestLookup::executable_data()
{
    QTest::addColumn<QStringList>("arguments"); // {url} {id} {old} {closed} are filled in
    QTest::addColumn<QString>("key");           // "sim", "wrong" or "none"
    QTest::addColumn<bool>("serverErrors");
    QTest::addColumn<int>("exitCode");

    const QString sim = QStringLiteral("sim");
    const auto args = [](std::initializer_list<const char *> list) {
        QStringList result;
        for (const char *item : list)
            result.append(QString::fromUtf8(item));
        return result;
    };

    QTest::newRow("found") << args({"--base-url", "{url}", "--lookup", "{id}", "--json"}) << sim << false
                           << 0;
    QTest::newRow("found, = forms, json first")
        << args({"--json", "--lookup={id}", "--base-url={url}"}) << sim << false << 0;
    QTest::newRow("found via persistent")
        << args({"--base-url", "{url}", "--lookup", "{old}", "--json"}) << sim << false << 0;
    QTest::newRow("not found") << args({"--base-url", "{url}", "--lookup", "call_nope", "--json"}) << sim
                               << false << 3;
    QTest::newRow("key rejected") << args({"--base-url", "{url}", "--lookup", "{id}", "--json"})
                                  << QStringLiteral("wrong") << false << 4;
    QTest::newRow("no key") << args({"--base-url", "{url}", "--lookup", "{id}", "--json"})
                            << QStringLiteral("none") << false << 4;
    QTest::newRow("server error") << args({"--base-url", "{url}", "--lookup", "{id}", "--json"}) << sim
                                  << true << 5;
    QTest::newRow("connection refused")
        << args({"--base-url", "{closed}", "--lookup", "{id}", "--json"}) << sim << false << 5;

    // Bad usage: exit 2, and nothing is sent.
    QTest::newRow("--json alone") << args({"--json"}) << sim << false << 2;
    QTest::newRow("--json without --lookup") << args({"--base-url", "{url}", "--json"}) << sim << false << 2;
    QTest::newRow("--lookup without its id")
        << args({"--base-url", "{url}", "--json", "--lookup"}) << sim << false << 2;
    QTest::newRow("empty id") << args({"--base-url", "{url}", "--lookup", "", "--json"}) << sim << false << 2;
    QTest::newRow("id with a space") << args({"--base-url", "{url}", "--lookup", "call 1", "--json"}) << sim
                                     << false << 2;
    QTest::newRow("id with a newline")
        << args({"--base-url", "{url}", "--lookup", "call_1\nx", "--json"}) << sim << false << 2;
    QTest::newRow("id too long") << (args({"--base-url", "{url}", "--json", "--lookup"})
                                     << QString(201, QLatin1Char('x')))
                                 << sim << false << 2;
    QTest::newRow("unknown option") << args({"--base-url", "{url}", "--lookup", "{id}", "--json", "--bogus"})
                                    << sim << false << 2;
    QTest::newRow("two ids") << args({"--base-url", "{url}", "--lookup", "{id}", "--lookup", "{old}",
                                      "--json"})
                             << sim << false << 2;
    QTest::newRow("stray argument") << args({"--base-url", "{url}", "--lookup", "{id}", "--json", "extra"})
                                    << sim << false << 2;
    QTest::newRow("with --demo") << args({"--demo", "--lookup", "{id}", "--json"}) << sim << false << 2;
    QTest::newRow("with --track") << args({"--base-url", "{url}", "--track", "x", "--lookup", "{id}",
                                           "--json"})
                                  << sim << false << 2;
    QTest::newRow("value given to --json")
        << args({"--base-url", "{url}", "--lookup", "{id}", "--json=yes"}) << sim << false << 2;
    QTest::newRow("http to a remote host")
        << args({"--base-url", "http://sa.dialgen.ai", "--lookup", "{id}", "--json"}) << sim << false << 2;
    QTest::newRow("unparsable base URL")
        << args({"--base-url", "http://[::1", "--lookup", "{id}", "--json"}) << sim << false << 2;
}

void TestLookup::executable()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, key);
    QFETCH(bool, serverErrors);
    QFETCH(int, exitCode);

    const QString id = m_sim->world().createCall();
    const QString old = oldCallId();
    QVERIFY(!old.isEmpty());
    const bool asksForOld = arguments.contains(QStringLiteral("{old}"));
    for (QString &argument : arguments) {
        argument.replace(QLatin1String("{url}"), m_sim->baseUrl().toString());
        argument.replace(QLatin1String("{closed}"), closedPortUrl().toString());
        argument.replace(QLatin1String("{id}"), id);
        argument.replace(QLatin1String("{old}"), old);
    }
    if (serverErrors) {
        sim::FaultConfig faults;
        faults.serverErrorRate = 1.0;
        m_sim->setFaults(faults);
    }
    const QString apiKey = key == QLatin1String("sim")     ? m_sim->apiKey()
                           : key == QLatin1String("wrong") ? m_wrongKey
                                                           : QString();

    const quint64 before = m_sim->requestCount();
    const CliRun run = runCli(arguments, apiKey);
    QVERIFY2(run.finished, "callwatch did not finish on its own");
    verifyNoKey(run.out, QString::fromUtf8(run.err));
    QVERIFY2(run.exitCode == exitCode, qPrintable(QStringLiteral("exit code %1, expected %2; stderr: %3")
                                                      .arg(run.exitCode)
                                                      .arg(exitCode)
                                                      .arg(QString::fromUtf8(run.err))));

    if (exitCode == 0) {
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        QJsonObject json;
        const QString problem = jsonProblem(run.out, &json);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(json.value(QLatin1String("callId")).toString(), asksForOld ? old : id);
    } else {
        QVERIFY2(run.out.isEmpty(), run.out.constData());
        static const QRegularExpression oneLine(QStringLiteral("\\Acallwatch: [^\\n]+\\n\\z"));
        QVERIFY2(oneLine.match(QString::fromUtf8(run.err)).hasMatch(), run.err.constData());
    }
    if (exitCode == 2)
        QCOMPARE(m_sim->requestCount(), before); // bad usage never reaches the server
}

void TestLookup::lookupWithoutJsonStartsTheWindow()
{
    // Without --json, --lookup opens the window (offscreen here) and tracks the call: the simulator
    // then sees the call polled on the live endpoint.
    const QString id = m_sim->world().createCall();
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    QStringList polled;
    QObject context;
    connect(m_sim.get(), &sim::DialgenSimulator::requestServed, &context,
            [&polled](const QString &path, int) { polled.append(path); });

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("DIALGEN_API_KEY"), m_sim->apiKey());
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CALLWATCH_BINARY),
                  {QStringLiteral("--base-url"), m_sim->baseUrl().toString(), QStringLiteral("--data-dir"),
                   dataDir.path(), QStringLiteral("--lookup"), id});
    QVERIFY(process.waitForStarted(5000));
    const bool polledIt = QTest::qWaitFor(
        [&] {
            return polled.contains(QStringLiteral("/api/v1/status/call")) ||
                   process.state() == QProcess::NotRunning;
        },
        10000);
    const bool stillRunning = process.state() == QProcess::Running;
    const QByteArray err = process.readAllStandardError();
    process.kill();
    process.waitForFinished(5000);
    QVERIFY2(stillRunning, err.constData());
    QVERIFY(polledIt);
    QVERIFY(polled.contains(QStringLiteral("/api/v1/status/call")));
}

QTEST_GUILESS_MAIN(TestLookup)
void TestLookup::windowOptionsBadUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("--screen without --wallboard")
        << QStringList{QStringLiteral("--screen"), QStringLiteral("1")}
        << QStringLiteral("--screen goes with --wallboard");
    QTest::newRow("--screen not a number")
        << QStringList{QStringLiteral("--wallboard"), QStringLiteral("--screen"), QStringLiteral("left")}
        << QStringLiteral("--screen needs a screen number");
    QTest::newRow("--screen negative")
        << QStringList{QStringLiteral("--wallboard"), QStringLiteral("--screen"), QStringLiteral("-1")}
        << QStringLiteral("--screen needs a screen number");
    QTest::newRow("--webhook-listen host name")
        << QStringList{QStringLiteral("--webhook-listen"), QStringLiteral("example.com:8787")}
        << QStringLiteral("--webhook-listen");
    QTest::newRow("--webhook-listen port 0")
        << QStringList{QStringLiteral("--webhook-listen"), QStringLiteral("127.0.0.1:0")}
        << QStringLiteral("--webhook-listen");
    QTest::newRow("--lang not a tag") << QStringList{QStringLiteral("--lang"), QStringLiteral("../../etc")}
                                      << QStringLiteral("--lang needs a language tag");
    QTest::newRow("--lang with --json")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--json"),
                       QStringLiteral("--lookup"), QStringLiteral("call_1")}
        << QStringLiteral("--lang cannot be combined with --json");
}

void TestLookup::windowOptionsBadUsage()
{
    // Refused before any window opens or anything is sent: exit 2 and one line saying why.
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.remove(QStringLiteral("DIALGEN_API_KEY"));
    // Settings and keychain stay out of the user's real places.
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dataDir.filePath(QStringLiteral("config")));
    QProcess process;
    process.setProcessEnvironment(environment);
    QStringList all = arguments;
    if (!arguments.contains(QStringLiteral("--json"))) // --data-dir is itself refused with --json
        all << QStringLiteral("--data-dir") << dataDir.path();
    process.start(QStringLiteral(CALLWATCH_BINARY), all);
    QVERIFY(process.waitForStarted(5000));
    const bool ended = process.waitForFinished(15000);
    if (!ended) {
        process.kill();
        process.waitForFinished(5000);
    }
    QVERIFY2(ended, "the app kept running instead of refusing the command line");
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(message), qPrintable(err));
}

#include "tst_lookup.moc"

#include "testsupport.h"

#include "calltablemodel.h"
#include "calltracker.h"
#include "cannedserver.h"
#include "credentialfakes.h"
#include "credentialstore.h"
#include "csv.h"
#include "dialgenclient.h"
#include "historystore.h"
#include "session.h"
#include "settings.h"
#include "sim/dialgensimulator.h"
#include "sim/simworld.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

// Issue 9, part 6: the API key never reaches the settings file, the history database, the logs (with every
// debug category switched on), the --json output or any error message. A canary key, found nowhere else,
// is given the way users give it (DIALGEN_API_KEY, through ApiKeyProvider) and driven through real
// scenarios; then every place it must not be is searched, byte for byte. Positive controls prove each
// search looks at something real (the key did travel in the Authorization header; the files and logs
// hold what the scenarios wrote), so no check can pass by looking at nothing.

using namespace cw;
using cw::test::CannedServer;

namespace {

Q_LOGGING_CATEGORY(lcSecretsTest, "callwatch.test.secrets")

struct CliRun
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void leakCheckFindsEveryForm();
    void keyComesFromTheEnvironment();
    void pollingWritesHistoryAndExportsWithoutTheKey();
    void serverEchoingTheKeyIsNotRepeated();
    void networkErrorsNeverCarryTheKey();
    void settingsNeverHoldTheKey();
    void lookupJsonNeverPrintsTheKey_data();
    void lookupJsonNeverPrintsTheKey();
    void logsNeverHoldTheKey();

private:
    // Empty when `bytes` holds no form of the canary; else which form was found.
    QString leak(const QByteArray &bytes) const;
    QString leak(const QString &text) const { return leak(text.toUtf8()) + leak(utf16(text)); }
    static QByteArray utf16(const QString &text)
    {
        return QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    }
    void collect(const ApiError &error);
    QByteArray filesIn(const QString &directory) const; // every file's bytes, concatenated
    CliRun runCli(const QStringList &arguments) const;

    cw::test::EnvironmentGuard m_environment;
    QString m_canary;
    std::unique_ptr<sim::DialgenSimulator> m_sim;
    QTemporaryDir m_dir;
    QStringList m_errorTexts; // every error text a user or a log could see
};

void TestSecrets::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // "dg_canary_" + 32 random hex digits: found anywhere else, it leaked.
    QByteArray random(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), 4);
    m_canary = QStringLiteral("dg_canary_") + QString::fromLatin1(random.toHex());
    qputenv(cw::test::kEnvironmentVariable.constData(), m_canary.toUtf8());

    // Every message of every category, debug included, Qt's own too.
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\n*.info=true"));
    cw::test::installMessageCapture();
    qCDebug(lcSecretsTest) << "capture-marker";

    sim::SimConfig config;
    config.seed = 5;
    config.autoAdvance = false;
    config.autoTraffic = false;
    config.historyDays = 0;
    config.apiKey = m_canary; // the simulator answers only to the canary
    m_sim = std::make_unique<sim::DialgenSimulator>(config);
    QString error;
    QVERIFY2(m_sim->start(0, &error), qPrintable(error));
    QCOMPARE(m_sim->apiKey(), m_canary);
}

void TestSecrets::init()
{
    if (m_sim)
        m_sim->setFaults({});
}

void TestSecrets::cleanupTestCase()
{
    m_sim.reset();
    cw::test::uninstallMessageCapture();
    QLoggingCategory::setFilterRules(QString());
}

QString TestSecrets::leak(const QByteArray &bytes) const
{
    const QByteArray key = m_canary.toUtf8();
    const QByteArray secretPart = key.mid(int(qstrlen("dg_canary_")));
    if (bytes.contains(key))
        return QStringLiteral("the key");
    // Any fragment of 16 or more of its random digits contains one of these 12-digit windows.
    for (qsizetype at = 0; at + 12 <= secretPart.size(); at += 4) {
        if (bytes.contains(secretPart.mid(at, 12)))
            return QStringLiteral("part of the key");
    }
    if (bytes.contains(utf16(m_canary)))
        return QStringLiteral("the key in UTF-16");
    if (bytes.contains(key.toBase64()) || bytes.contains(QByteArray("Bearer " + key).toBase64()))
        return QStringLiteral("the key in base64");
    if (bytes.contains(key.toUpper()))
        return QStringLiteral("the key in upper case");
    return {};
}

void TestSecrets::collect(const ApiError &error)
{
    m_errorTexts << error.userMessage() << error.detail << error.serverMessage << error.serverCode
                 << ApiError::kindName(error.kind);
}

QByteArray TestSecrets::filesIn(const QString &directory) const
{
    QByteArray all;
    QDirIterator it(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

void TestSecrets::leakCheckFindsEveryForm()
{
    // The search itself: it finds the key however it is spelt, and nothing when it is not there.
    QVERIFY(leak(QByteArray("nothing secret here")).isEmpty());
    QVERIFY(leak(QByteArray("dg_canary_ and some hex 0123456789abcdef")).isEmpty());
    QVERIFY(!leak(QStringLiteral("x ") + m_canary + QStringLiteral(" y")).isEmpty());
    QVERIFY(!leak(utf16(QStringLiteral("..") + m_canary)).isEmpty());
    QVERIFY(!leak(QByteArray("Bearer " + m_canary.toUtf8()).toBase64()).isEmpty());
    QVERIFY(!leak(m_canary.mid(14, 20).toUtf8()).isEmpty()); // a fragment
    QVERIFY(!leak(m_canary.toUpper().toUtf8()).isEmpty());
}

void TestSecrets::keyComesFromTheEnvironment()
{
    ApiKeyProvider keys(std::make_unique<MemoryCredentialStore>());
    keys.load();
    QTRY_VERIFY(keys.isLoaded());
    QCOMPARE(keys.source(), ApiKeyProvider::Source::Environment);
    QCOMPARE(keys.key(), m_canary); // positive control: the canary is the key in use
}

void TestSecrets::pollingWritesHistoryAndExportsWithoutTheKey()
{
    ApiKeyProvider keys(std::make_unique<MemoryCredentialStore>());
    keys.load();
    QTRY_VERIFY(keys.isLoaded());
    ClientConfig config;
    config.baseUrl = m_sim->baseUrl();
    config.apiKey = keys.key();
    config.transferTimeoutMs = 5000;

    const QString historyDir = m_dir.path() + QStringLiteral("/history");
    sim::SimWorld &world = m_sim->world();
    sim::CallOptions later;
    later.startDelayMs = 3'600'000;
    const QString single = world.createCall(later);
    const QString batch = world.createBatch(4);
    QByteArray csv;
    QByteArray json;
    {
        Session session(config);
        session.openHistory(historyDir);
        QVERIFY(session.history()->isPersistent());
        CallTracker::Settings settings;
        settings.poll.ongoingMs = 100;
        settings.poll.scheduledMs = 100;
        settings.poll.batchMs = 100;
        settings.poll.batchStatisticsMs = 100;
        settings.tickMs = 20;
        session.tracker()->setSettings(settings);
        session.tracker()->trackCall(single);
        session.tracker()->trackBatch(batch);
        session.tracker()->start();
        QTRY_COMPARE(session.model()->rowCount(), 5);
        QTRY_COMPARE(session.model()->count(CallStatus::Scheduled), 5);
        QVERIFY(world.forceStatus(single, sim::SimCallStatus::Ongoing));
        QTRY_COMPARE(session.model()->snapshot(single)->status, CallStatus::Ongoing);
        QVERIFY(world.forceStatus(single, sim::SimCallStatus::Completed));
        QTRY_COMPARE(session.model()->snapshot(single)->status, CallStatus::Completed);
        QSignalSpy looked(session.tracker(), &CallTracker::lookupFinished);
        session.tracker()->lookup(single);
        QTRY_COMPARE(looked.count(), 1);
        collect(looked.first().at(2).value<ApiError>());
        QVERIFY(session.tracker()->health().requestsOk > 0); // the simulator accepted the canary
        collect(session.tracker()->health().lastError);

        csv = exportModelCsv(session.model());
        QJsonArray rows;
        for (const QString &id : session.model()->callIds())
            rows.append(session.model()->snapshot(id)->toJson());
        json = QJsonDocument(rows).toJson();
        session.tracker()->stop();
        session.tracker()->flushStore();
    } // the session closes the history

    // Positive controls: the files and exports hold what polling learnt.
    const QByteArray database = filesIn(historyDir);
    QVERIFY(QFile::exists(historyDir + QLatin1Char('/') + HistoryStore::fileName()));
    QVERIFY2(database.contains(single.toUtf8()), "the history file does not hold the call");
    QVERIFY(database.contains("COMPLETED"));
    QVERIFY(csv.contains(single.toUtf8()));
    QVERIFY(json.contains(single.toUtf8()));

    QVERIFY2(leak(database).isEmpty(), qPrintable(leak(database) + QStringLiteral(" in the history files")));
    QVERIFY2(leak(csv).isEmpty(), qPrintable(leak(csv) + QStringLiteral(" in the CSV export")));
    QVERIFY2(leak(json).isEmpty(), qPrintable(leak(json) + QStringLiteral(" in the JSON export")));
}

void TestSecrets::serverEchoingTheKeyIsNotRepeated()
{
    // A server (or a proxy in front of it) that quotes the request's headers back, in errors and in data.
    CannedServer server;
    QVERIFY(server.isListening());
    const QByteArray bearer = "Bearer " + m_canary.toUtf8();
    server.serve(QStringLiteral("/api/v1/status/call"),
                 {401,
                  R"({"error":"Invalid API key: )" + bearer + R"(","code":"AUTH_)" + m_canary.toUtf8() +
                      R"(","message":"Authorization: )" + bearer + R"( was rejected"})",
                  "application/json",
                  {}});
    server.serve(
        QStringLiteral("/api/v1/status/batch"),
        {403, "<html><head><title>Forbidden for " + bearer + "</title></head></html>", "text/html", {}});
    server.serve(QStringLiteral("/api/v1/batch/check-status"),
                 {500, "upstream said: Authorization=" + bearer, "text/plain", {}});
    server.serve(
        QStringLiteral("/api/v1/call/check-status"),
        {200,
         R"({"success":true,"data":{"callId":"echo","status":"COMPLETED","contact":{"phoneNumber":"+1555 )" +
             m_canary.toUtf8() + R"(","name":")" + m_canary.toUtf8() + R"("},"agent":")" + bearer + R"("}})",
         "application/json",
         {}});

    ClientConfig config;
    config.baseUrl = server.url();
    config.apiKey = m_canary;
    config.transferTimeoutMs = 5000;
    QNetworkAccessManager network;
    DialgenClient client(&network, config);
    const auto run = [](ApiReply *reply) {
        ApiError error;
        std::optional<CallSnapshot> call;
        bool done = false;
        QObject context;
        QObject::connect(reply, &ApiReply::finished, &context, [&] {
            done = true;
            error = reply->error();
            if (reply->ok() &&
                (reply->kind() == ApiReply::Kind::Call || reply->kind() == ApiReply::Kind::PersistentCall))
                call = reply->call();
        });
        if (!QTest::qWaitFor([&done] { return done; }, 10000))
            error.kind = ApiError::Kind::Cancelled; // no test expects it
        return std::make_pair(error, call);
    };

    const auto unauthorized = run(client.fetchCall(QStringLiteral("c1")));
    QCOMPARE(unauthorized.first.kind, ApiError::Kind::Unauthorized);
    QVERIFY(unauthorized.first.userMessage().contains(QStringLiteral("rejected")));
    collect(unauthorized.first);
    const auto forbidden = run(client.fetchBatchCalls(QStringLiteral("b1")));
    QCOMPARE(forbidden.first.kind, ApiError::Kind::Forbidden);
    collect(forbidden.first);
    const auto serverError = run(client.fetchBatchStatistics(QStringLiteral("b1")));
    QCOMPARE(serverError.first.kind, ApiError::Kind::Server);
    QVERIFY(serverError.first.userMessage().contains(QStringLiteral("upstream said")));
    collect(serverError.first);
    const auto echoed = run(client.fetchCallPersistent(QStringLiteral("echo")));
    QVERIFY2(!echoed.first.isError(), qPrintable(echoed.first.userMessage()));
    QVERIFY(echoed.second.has_value());
    QVERIFY(echoed.second->phoneNumber.startsWith(QStringLiteral("+1555 ")));

    // Positive control: the key did travel, in the Authorization header, on every request.
    QCOMPARE(server.seen().size(), 4);
    for (const CannedServer::Seen &seen : server.seen())
        QCOMPARE(seen.authorization, bearer);

    // What a server says back never carries the key further: not in the errors, not in the call.
    for (const QString &text : std::as_const(m_errorTexts))
        QVERIFY2(leak(text).isEmpty(), qPrintable(leak(text) + QStringLiteral(" in an error text")));
    const QByteArray call = QJsonDocument(echoed.second->toJson()).toJson();
    QVERIFY2(leak(call).isEmpty(), qPrintable(leak(call) + QStringLiteral(" in the call's data")));
    const QByteArray raw = QJsonDocument(echoed.second->raw).toJson();
    QVERIFY2(leak(raw).isEmpty(), qPrintable(leak(raw) + QStringLiteral(" in the call's raw payload")));

    // Through the tracker into the table and the history.
    const QString historyDir = m_dir.path() + QStringLiteral("/echo-history");
    {
        CallTableModel model;
        CallTracker tracker(&client, &model);
        HistoryStore store;
        QVERIFY(store.open(historyDir));
        tracker.setStore(&store);
        tracker.apply(*echoed.second);
        tracker.trackCall(QStringLiteral("c1"));
        tracker.start();
        QTRY_VERIFY(tracker.health().authProblem);
        collect(tracker.health().lastError);
        const QByteArray csv = exportModelCsv(&model);
        QVERIFY(csv.contains("echo"));
        QVERIFY2(leak(csv).isEmpty(), qPrintable(leak(csv) + QStringLiteral(" in the CSV export")));
        tracker.flushStore();
    }
    const QByteArray database = filesIn(historyDir);
    QVERIFY(database.contains("echo"));
    QVERIFY2(leak(database).isEmpty(), qPrintable(leak(database) + QStringLiteral(" in the history files")));
    for (const QString &text : std::as_const(m_errorTexts))
        QVERIFY2(leak(text).isEmpty(), qPrintable(leak(text) + QStringLiteral(" in an error text")));
}

void TestSecrets::networkErrorsNeverCarryTheKey()
{
    QNetworkAccessManager network;
    const QString callId = m_sim->world().createCall();
    const auto outcome = [&network, &callId](const ClientConfig &config) {
        DialgenClient client(&network, config);
        ApiReply *reply = client.fetchCall(callId);
        ApiError error;
        bool done = false;
        QObject context;
        QObject::connect(reply, &ApiReply::finished, &context, [&] {
            done = true;
            error = reply->error();
        });
        if (!QTest::qWaitFor([&done] { return done; }, 10000))
            error.kind = ApiError::Kind::Cancelled; // no test expects it
        return error;
    };
    ClientConfig config;
    config.apiKey = m_canary;
    config.transferTimeoutMs = 600;

    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort));
    const ApiError refused = outcome(config);
    QCOMPARE(refused.kind, ApiError::Kind::Network);
    collect(refused);

    config.baseUrl = m_sim->baseUrl();
    sim::FaultConfig reset;
    reset.resetRate = 1.0;
    m_sim->setFaults(reset);
    const ApiError resetError = outcome(config);
    QCOMPARE(resetError.kind, ApiError::Kind::Network);
    collect(resetError);
    sim::FaultConfig stall;
    stall.stallRate = 1.0;
    m_sim->setFaults(stall);
    const ApiError stallError = outcome(config);
    QCOMPARE(stallError.kind, ApiError::Kind::Timeout);
    collect(stallError);
    m_sim->setFaults({});

    // A key in the URL's user info would be refused before sending (and never echoed back).
    config.baseUrl = QUrl(QStringLiteral("https://user:") + m_canary + QStringLiteral("@example.invalid"));
    const ApiError userInfo = outcome(config);
    QCOMPARE(userInfo.kind, ApiError::Kind::InsecureUrl);
    collect(userInfo);
    config.baseUrl = QUrl(QStringLiteral("http://sa.dialgen.ai"));
    const ApiError insecure = outcome(config);
    QCOMPARE(insecure.kind, ApiError::Kind::InsecureUrl);
    collect(insecure);

    for (const QString &text : std::as_const(m_errorTexts))
        QVERIFY2(leak(text).isEmpty(), qPrintable(leak(text) + QStringLiteral(" in an error text")));
}

void TestSecrets::settingsNeverHoldTheKey()
{
    const QString path = m_dir.path() + QStringLiteral("/settings.ini");
    {
        Settings settings(std::make_unique<QSettings>(path, QSettings::IniFormat));
        // Every setting written, so the file is as full as it gets.
        for (SettingKey key : Settings::allKeys())
            settings.setValue(key, Settings::defaultValue(key));
        settings.setValue(SettingKey::BaseUrl, QStringLiteral("https://sa.dialgen.ai/"));

        // The ways a key is given in the app: the environment, a session key, saved in a keychain that is
        // not there (it stays a session key) and one that is.
        ApiKeyProvider failing(std::make_unique<cw::test::FailingStore>());
        failing.setEnvironmentVariable(QStringLiteral("CALLWATCH_TEST_NO_SUCH_VARIABLE"));
        failing.load();
        QTRY_VERIFY(failing.isLoaded());
        failing.storeKey(m_canary);
        QTRY_VERIFY(!failing.keychainAvailable());
        QCOMPARE(failing.key(), m_canary);
        ApiKeyProvider memory(std::make_unique<MemoryCredentialStore>());
        memory.setEnvironmentVariable(QStringLiteral("CALLWATCH_TEST_NO_SUCH_VARIABLE"));
        memory.load();
        QTRY_VERIFY(memory.isLoaded());
        memory.storeKey(m_canary);
        QTRY_COMPARE(memory.key(), m_canary);
        memory.setSessionKey(m_canary);
        m_errorTexts << failing.keychainProblem();
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.contains("sa.dialgen.ai"), bytes.constData()); // positive control: the file was written
    QVERIFY2(leak(bytes).isEmpty(), qPrintable(leak(bytes) + QStringLiteral(" in the settings file")));
}

CliRun TestSecrets::runCli(const QStringList &arguments) const
{
    CliRun run;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name :
         {QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"), QStringLiteral("QT_QPA_PLATFORM")})
        environment.remove(name);
    environment.insert(QStringLiteral("DIALGEN_API_KEY"), m_canary);
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true;*.info=true"));
    // Settings and history of the child go to a throw-away home.
    environment.insert(QStringLiteral("HOME"), m_dir.path() + QStringLiteral("/home"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.path() + QStringLiteral("/home/config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.path() + QStringLiteral("/home/data"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CALLWATCH_BINARY), arguments);
    if (!process.waitForStarted(5000))
        return run;
    // The servers live in this process's event loop: keep it running while the child works.
    run.finished = QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 20000);
    if (!run.finished) {
        process.kill();
        process.waitForFinished(5000);
        qWarning("callwatch did not finish; stderr: %s",
                 process.readAllStandardError().right(2000).constData());
        return run;
    }
    run.finished = process.exitStatus() == QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TestSecrets::lookupJsonNeverPrintsTheKey_data()
{
    QTest::addColumn<QString>("server"); // "sim", "echo-401", "echo-200", "closed"
    QTest::addColumn<int>("exitCode");
    QTest::newRow("found") << QStringLiteral("sim") << 0;
    QTest::newRow("not found") << QStringLiteral("sim-missing") << 3;
    QTest::newRow("401 quoting the key") << QStringLiteral("echo-401") << 4;
    QTest::newRow("200 quoting the key") << QStringLiteral("echo-200") << 0;
    QTest::newRow("connection refused") << QStringLiteral("closed") << 5;
}

void TestSecrets::lookupJsonNeverPrintsTheKey()
{
    QFETCH(QString, server);
    QFETCH(int, exitCode);

    CannedServer canned;
    QVERIFY(canned.isListening());
    const QByteArray key = m_canary.toUtf8();
    canned.serve(QStringLiteral("/api/v1/status/call"),
                 server == QLatin1String("echo-401")
                     ? CannedServer::Answer{401,
                                            R"({"error":"Invalid API key Bearer )" + key + R"("})",
                                            "application/json",
                                            {}}
                     : CannedServer::Answer{200,
                                            R"({"callId":"echo","status":"COMPLETED","phoneNumber":")" + key +
                                                R"(","contactId":"Bearer )" + key + R"("})",
                                            "application/json",
                                            {}});
    QString id = QStringLiteral("echo");
    QUrl url = canned.url();
    if (server.startsWith(QLatin1String("sim"))) {
        url = m_sim->baseUrl();
        id = server == QLatin1String("sim") ? m_sim->world().createCall() : QStringLiteral("call_nope");
    } else if (server == QLatin1String("closed")) {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
    }
    const quint64 simRequests = m_sim->requestCount();
    const CliRun run = runCli({QStringLiteral("--base-url"), url.toString(), QStringLiteral("--lookup"), id,
                               QStringLiteral("--json")});
    QVERIFY2(run.finished, "callwatch did not finish on its own");
    QVERIFY2(run.exitCode == exitCode,
             qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(QString::fromUtf8(run.err))));
    // Positive controls: the child used the key, and printed what it found.
    if (server.startsWith(QLatin1String("sim")))
        QVERIFY(m_sim->requestCount() > simRequests); // answered only because the canary was sent
    else if (server != QLatin1String("closed"))
        QCOMPARE(canned.seen().constFirst().authorization, "Bearer " + key);
    if (exitCode == 0)
        QVERIFY2(run.out.contains(id.toUtf8()), run.out.constData());
    else
        QVERIFY(!run.err.isEmpty());

    QVERIFY2(leak(run.out).isEmpty(), qPrintable(leak(run.out) + QStringLiteral(" on stdout")));
    QVERIFY2(leak(run.err).isEmpty(), qPrintable(leak(run.err) + QStringLiteral(" on stderr")));
    // Nothing was saved by a lookup either.
    const QByteArray home = filesIn(m_dir.path() + QStringLiteral("/home"));
    QVERIFY2(leak(home).isEmpty(), qPrintable(leak(home) + QStringLiteral(" in the child's files")));
}

void TestSecrets::logsNeverHoldTheKey()
{
    // Runs last (declaration order): everything above logged into the capture.
    const QStringList messages = cw::test::capturedMessages();
    // Positive controls: debug messages of our own categories and of Qt's were captured.
    QVERIFY(messages.contains(QStringLiteral("callwatch.test.secrets: capture-marker")));
    bool credentials = false;
    bool qtInternal = false;
    for (const QString &message : messages) {
        credentials = credentials || message.startsWith(QLatin1String("callwatch.credentials: "));
        qtInternal = qtInternal || message.startsWith(QLatin1String("qt."));
    }
    QVERIFY2(credentials, "no debug message of callwatch.credentials was captured");
    qInfo("%lld messages captured (%s)", qlonglong(messages.size()),
          qtInternal ? "Qt's own categories included" : "none of Qt's own categories");
    int serverSawTheKey = 0;
    for (QString message : messages) {
        const QString found = leak(message);
        if (message.startsWith(QLatin1String("qt.httpserver: "))) {
            // The loopback servers of this test (simulator, canned server) logging what they received:
            // the other end of the wire, not CallWatch. They prove the capture sees debug messages that
            // would show the key, had CallWatch logged it.
            serverSawTheKey += found.isEmpty() ? 0 : 1;
            continue;
        }
        message.replace(m_canary, QStringLiteral("<the key>"));
        QVERIFY2(found.isEmpty(),
                 qPrintable(found + QStringLiteral(" in a log message: ") + message.left(300)));
    }
    QVERIFY2(serverSawTheKey > 0,
             "the servers' debug messages with the Authorization header were not captured");
    QVERIFY(m_errorTexts.size() > 20);
    for (const QString &text : std::as_const(m_errorTexts))
        QVERIFY2(leak(text).isEmpty(), qPrintable(leak(text) + QStringLiteral(" in an error text")));
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"

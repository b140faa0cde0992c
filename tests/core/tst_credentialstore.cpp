#include "testsupport.h"

#include "credentialfakes.h"

#include "credentialstore.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace cw;
using namespace cw::test;

namespace {

using Operation = CredentialStore::Operation;
using Source = ApiKeyProvider::Source;

// A memory store that counts what it is asked.
class CountingStore : public MemoryCredentialStore
{
public:
    using MemoryCredentialStore::MemoryCredentialStore;
    void readKey() override
    {
        ++reads;
        MemoryCredentialStore::readKey();
    }
    void writeKey(const QString &key) override
    {
        ++writes;
        MemoryCredentialStore::writeKey(key);
    }
    int reads = 0;
    int writes = 0;
};

// What the real keychain answered to one request.
struct KeychainAnswer
{
    bool answered = false;
    bool failed = false;
    QString key;
    QString reason;
};

KeychainAnswer ask(KeychainCredentialStore &store, Operation operation, const QString &secret = {})
{
    QSignalSpy read(&store, &CredentialStore::keyRead);
    QSignalSpy written(&store, &CredentialStore::keyWritten);
    QSignalSpy deleted(&store, &CredentialStore::keyDeleted);
    QSignalSpy failed(&store, &CredentialStore::failed);
    switch (operation) {
    case Operation::Read:
        store.readKey();
        break;
    case Operation::Write:
        store.writeKey(secret);
        break;
    case Operation::Delete:
        store.deleteKey();
        break;
    }
    KeychainAnswer answer;
    QElapsedTimer timer;
    timer.start();
    while (read.isEmpty() && written.isEmpty() && deleted.isEmpty() && failed.isEmpty() &&
           timer.elapsed() < store.timeoutMs() + 2'000)
        QTest::qWait(20);
    answer.answered = !(read.isEmpty() && written.isEmpty() && deleted.isEmpty() && failed.isEmpty());
    answer.failed = !failed.isEmpty();
    if (!read.isEmpty())
        answer.key = read.first().at(0).toString();
    if (!failed.isEmpty())
        answer.reason = failed.first().at(1).toString();
    return answer;
}

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void memoryStoreIsAsynchronous();
    void providerWithoutKey();
    void providerReadsKeychain();
    void environmentOverridesEverything();
    void otherSecretUsesItsOwnVariable();
    void sessionKeyAndSignals();
    void storeKeyMovesToKeychain();
    void sessionKeyWinsOverKeychain();
    void forgetRightAfterStore();
    void failingKeychainMeansSessionKey();
    void realKeychainFailsFastOrRoundTrips();
    void keyNeverLogged();
};

void TestCredentialStore::memoryStoreIsAsynchronous()
{
    MemoryCredentialStore store;
    QSignalSpy read(&store, &CredentialStore::keyRead);
    QSignalSpy written(&store, &CredentialStore::keyWritten);
    QSignalSpy deleted(&store, &CredentialStore::keyDeleted);

    store.readKey();
    QCOMPARE(read.count(), 0); // never answered from inside the call
    QVERIFY(read.wait(1'000));
    QCOMPARE(read.takeFirst().at(0).toString(), QString());

    store.writeKey(QStringLiteral("k1"));
    store.readKey(); // answers come in call order
    QCOMPARE(written.count(), 0);
    QTRY_COMPARE(read.count(), 1);
    QCOMPARE(written.count(), 1);
    QCOMPARE(read.takeFirst().at(0).toString(), QStringLiteral("k1"));
    QVERIFY(store.hasStoredKey());

    store.deleteKey();
    store.readKey();
    QTRY_COMPARE(read.count(), 1);
    QCOMPARE(deleted.count(), 1);
    QCOMPARE(read.takeFirst().at(0).toString(), QString());
    QVERIFY(!store.hasStoredKey());
    QVERIFY(!store.backendName().isEmpty());
}

void TestCredentialStore::providerWithoutKey()
{
    const EnvironmentGuard environment;
    ApiKeyProvider provider(std::make_unique<MemoryCredentialStore>());
    QSignalSpy loaded(&provider, &ApiKeyProvider::loaded);
    QSignalSpy changed(&provider, &ApiKeyProvider::keyChanged);
    QVERIFY(!provider.isLoaded());
    provider.load();
    QVERIFY(loaded.wait(1'000));
    QVERIFY(provider.isLoaded());
    QVERIFY(!provider.hasKey());
    QCOMPARE(provider.source(), Source::None);
    QCOMPARE(provider.key(), QString());
    QVERIFY(provider.keychainAvailable());
    QVERIFY(provider.keychainProblem().isEmpty());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(ApiKeyProvider::sourceName(Source::None), QStringLiteral("none"));
    QCOMPARE(ApiKeyProvider::sourceName(Source::Environment), QStringLiteral("environment"));
    QCOMPARE(ApiKeyProvider::sourceName(Source::Keychain), QStringLiteral("keychain"));
    QCOMPARE(ApiKeyProvider::sourceName(Source::Session), QStringLiteral("session"));
}

void TestCredentialStore::providerReadsKeychain()
{
    const EnvironmentGuard environment;
    auto store = std::make_unique<MemoryCredentialStore>();
    store->writeKey(QStringLiteral("keychain-key"));
    QTRY_VERIFY(store->hasStoredKey());
    ApiKeyProvider provider(std::move(store));
    QSignalSpy changed(&provider, &ApiKeyProvider::keyChanged);
    QSignalSpy loaded(&provider, &ApiKeyProvider::loaded);
    provider.load();
    QVERIFY(!provider.hasKey()); // asynchronous
    QVERIFY(loaded.wait(1'000));
    QCOMPARE(changed.count(), 1);
    QVERIFY(provider.hasKey());
    QCOMPARE(provider.source(), Source::Keychain);
    QCOMPARE(provider.key(), QStringLiteral("keychain-key"));
}

void TestCredentialStore::otherSecretUsesItsOwnVariable()
{
    const EnvironmentGuard environment;
    const QByteArray webhookVariable = QByteArrayLiteral("DIALGEN_WEBHOOK_SECRET");
    qunsetenv(webhookVariable.constData());
    qputenv(kEnvironmentVariable.constData(), QByteArrayLiteral("api-key"));
    {
        // The API key's variable does not feed another secret.
        ApiKeyProvider secrets(std::make_unique<MemoryCredentialStore>());
        secrets.setEnvironmentVariable(QString::fromLatin1(webhookVariable));
        QCOMPARE(secrets.environmentVariable(), QString::fromLatin1(webhookVariable));
        secrets.load();
        QTRY_VERIFY(secrets.isLoaded());
        QVERIFY(!secrets.hasKey());
    }
    qputenv(webhookVariable.constData(), QByteArrayLiteral(" webhook-secret "));
    ApiKeyProvider secrets(std::make_unique<MemoryCredentialStore>());
    secrets.setEnvironmentVariable(QString::fromLatin1(webhookVariable));
    secrets.load();
    QCOMPARE(secrets.source(), Source::Environment);
    QCOMPARE(secrets.key(), QStringLiteral("webhook-secret"));
    // And the API key provider is not confused by the webhook's variable.
    ApiKeyProvider apiKeys(std::make_unique<MemoryCredentialStore>());
    QCOMPARE(apiKeys.environmentVariable(), QStringLiteral("DIALGEN_API_KEY"));
    apiKeys.load();
    QCOMPARE(apiKeys.key(), QStringLiteral("api-key"));
    qunsetenv(webhookVariable.constData());
}

void TestCredentialStore::environmentOverridesEverything()
{
    const EnvironmentGuard environment;
    qputenv(kEnvironmentVariable.constData(), QByteArrayLiteral("  env-key \n"));
    auto owned = std::make_unique<CountingStore>();
    CountingStore *store = owned.get();
    store->writeKey(QStringLiteral("keychain-key"));
    QTRY_VERIFY(store->hasStoredKey());
    ApiKeyProvider provider(std::move(owned));
    QSignalSpy changed(&provider, &ApiKeyProvider::keyChanged);
    QSignalSpy loaded(&provider, &ApiKeyProvider::loaded);

    provider.load();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(provider.source(), Source::Environment);
    QCOMPARE(provider.key(), QStringLiteral("env-key")); // trimmed
    QVERIFY(loaded.wait(1'000));
    QCOMPARE(store->reads, 0); // the keychain is not even asked (no unlock prompt)

    // A session key or a stored key does not displace the environment's.
    provider.setSessionKey(QStringLiteral("session-key"));
    provider.storeKey(QStringLiteral("new-key"));
    QTRY_VERIFY(!provider.isBusy());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(provider.source(), Source::Environment);
    QCOMPARE(provider.key(), QStringLiteral("env-key"));
    QCOMPARE(store->writes, 2);

    // Without the variable, a reload finds what is stored.
    qunsetenv(kEnvironmentVariable.constData());
    provider.load();
    QTRY_VERIFY(!provider.isBusy());
    QCOMPARE(provider.source(), Source::Keychain);
    QCOMPARE(provider.key(), QStringLiteral("new-key"));
    QCOMPARE(changed.count(), 2);
}

void TestCredentialStore::sessionKeyAndSignals()
{
    const EnvironmentGuard environment;
    auto owned = std::make_unique<CountingStore>();
    CountingStore *store = owned.get();
    ApiKeyProvider provider(std::move(owned));
    QSignalSpy changed(&provider, &ApiKeyProvider::keyChanged);

    provider.setSessionKey(QStringLiteral("session-key"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(provider.source(), Source::Session);
    QCOMPARE(provider.key(), QStringLiteral("session-key"));
    provider.setSessionKey(QStringLiteral(" session-key ")); // same after trimming
    QCOMPARE(changed.count(), 1);
    provider.setSessionKey(QStringLiteral("other"));
    QCOMPARE(changed.count(), 2);
    provider.setSessionKey(QString());
    QCOMPARE(changed.count(), 3);
    QVERIFY(!provider.hasKey());
    QCOMPARE(provider.source(), Source::None);
    QTest::qWait(20);
    QCOMPARE(store->writes, 0); // memory only
    QVERIFY(!store->hasStoredKey());
}

void TestCredentialStore::storeKeyMovesToKeychain()
{
    const EnvironmentGuard environment;
    auto owned = std::make_unique<MemoryCredentialStore>();
    MemoryCredentialStore *store = owned.get();
    ApiKeyProvider provider(std::move(owned));
    QSignalSpy changed(&provider, &ApiKeyProvider::keyChanged);

    provider.storeKey(QStringLiteral(" k1 "));
    QCOMPARE(changed.count(), 1); // usable at once
    QCOMPARE(provider.source(), Source::Session);
    QCOMPARE(provider.key(), QStringLiteral("k1"));
    QVERIFY(provider.isBusy());
    QTRY_VERIFY(!provider.isBusy());
    QCOMPARE(changed.count(), 2); // now kept by the keychain
    QCOMPARE(provider.source(), Source::Keychain);
    QCOMPARE(provider.key(), QStringLiteral("k1"));
    QVERIFY(store->hasStoredKey());
    QVERIFY(provider.keychainAvailable());

    provider.forgetKey();
    QCOMPARE(changed.count(), 3);
    QVERIFY(!provider.hasKey());
    QTRY_VERIFY(!provider.isBusy());
    QVERIFY(!store->hasStoredKey());
    QCOMPARE(changed.count(), 3);

    // storeKey with nothing is forgetting.
    provider.storeKey(QStringLiteral("k2"));
    QTRY_VERIFY(!provider.isBusy());
    QVERIFY(store->hasStoredKey());
    provider.storeKey(QStringLiteral("  "));
    QVERIFY(!provider.hasKey());
    QTRY_VERIFY(!provider.isBusy());
    QVERIFY(!store->hasStoredKey());
}

void TestCredentialStore::sessionKeyWinsOverKeychain()
{
    const EnvironmentGuard environment;
    ApiKeyProvider provider(std::make_unique<MemoryCredentialStore>());
    provider.storeKey(QStringLiteral("stored"));
    QTRY_VERIFY(!provider.isBusy());
    QCOMPARE(provider.source(), Source::Keychain);
    QSignalSpy changed(&provider, &ApiKeyProvider::keyChanged);
    provider.setSessionKey(QStringLiteral("just-today"));
    QCOMPARE(provider.source(), Source::Session);
    QCOMPARE(provider.key(), QStringLiteral("just-today"));
    provider.setSessionKey(QString());
    QCOMPARE(provider.source(), Source::Keychain);
    QCOMPARE(provider.key(), QStringLiteral("stored"));
    QCOMPARE(changed.count(), 2);
}

void TestCredentialStore::forgetRightAfterStore()
{
    const EnvironmentGuard environment;
    auto owned = std::make_unique<MemoryCredentialStore>();
    MemoryCredentialStore *store = owned.get();
    ApiKeyProvider provider(std::move(owned));
    provider.load();
    provider.storeKey(QStringLiteral("k1"));
    provider.forgetKey();
    QVERIFY(!provider.hasKey());
    QTRY_VERIFY(!provider.isBusy());
    // The late answers to the read and the write do not bring the key back.
    QVERIFY(!provider.hasKey());
    QCOMPARE(provider.source(), Source::None);
    QVERIFY(!store->hasStoredKey());
    QVERIFY(provider.isLoaded());
}

void TestCredentialStore::failingKeychainMeansSessionKey()
{
    const EnvironmentGuard environment;
    auto owned = std::make_unique<FailingStore>();
    FailingStore *store = owned.get();
    ApiKeyProvider provider(std::move(owned));
    QSignalSpy availability(&provider, &ApiKeyProvider::keychainAvailabilityChanged);
    QSignalSpy loaded(&provider, &ApiKeyProvider::loaded);
    QSignalSpy changed(&provider, &ApiKeyProvider::keyChanged);

    provider.load();
    QVERIFY(loaded.wait(1'000));
    QVERIFY(!provider.hasKey());
    QVERIFY(!provider.keychainAvailable());
    QCOMPARE(provider.keychainProblem(), FailingStore::reason());
    QCOMPARE(availability.count(), 1);
    QCOMPARE(availability.first().at(0).toBool(), false);

    // The key the user types is kept for this run, in memory.
    provider.storeKey(QStringLiteral("typed-key"));
    QTRY_VERIFY(!provider.isBusy());
    QVERIFY(provider.hasKey());
    QCOMPARE(provider.source(), Source::Session);
    QCOMPARE(provider.key(), QStringLiteral("typed-key"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(availability.count(), 1); // still unavailable: no new signal

    provider.setSessionKey(QStringLiteral("other-key"));
    QCOMPARE(provider.key(), QStringLiteral("other-key"));
    provider.forgetKey();
    QTRY_VERIFY(!provider.isBusy());
    QVERIFY(!provider.hasKey());
    QCOMPARE(store->calls, 3); // read, write, delete: each tried, each failed
    QVERIFY(!provider.keychainAvailable());
}

void TestCredentialStore::realKeychainFailsFastOrRoundTrips()
{
    const EnvironmentGuard environment;
    // A test-only entry: the user's own key is never read or touched.
    const QString service = QStringLiteral("CallWatch-test");
    const QString entry = QStringLiteral("tst_credentialstore-") + QUuid::createUuid().toString(QUuid::Id128);
    KeychainCredentialStore store(service, entry);
    QCOMPARE(KeychainCredentialStore::defaultService(), QStringLiteral("CallWatch"));
    QCOMPARE(KeychainCredentialStore::defaultKeyName(), QStringLiteral("dialgen-api-key"));
    QCOMPARE(KeychainCredentialStore().keyName(), QStringLiteral("dialgen-api-key"));
    store.setTimeoutMs(4'000);

    QElapsedTimer timer;
    timer.start();
    const KeychainAnswer first = ask(store, Operation::Read);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(first.answered, "the keychain store must always answer (its own timeout at the latest)");
    QVERIFY2(elapsed < 6'000, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));

    if (first.failed) {
        qInfo("No usable keychain here (%lld ms): %s", elapsed, qPrintable(first.reason));
        QVERIFY(!first.reason.isEmpty());
#if defined(Q_OS_LINUX)
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") &&
            qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
            QVERIFY2(first.reason.contains(QLatin1String("D-Bus")), qPrintable(first.reason));
#endif
        // The provider over the real keychain reports it unavailable, with the reason, and keeps a
        // session key.
        auto keychain = std::make_unique<KeychainCredentialStore>(service, entry);
        keychain->setTimeoutMs(4'000);
        ApiKeyProvider provider(std::move(keychain));
        QSignalSpy loaded(&provider, &ApiKeyProvider::loaded);
        provider.load();
        QVERIFY(loaded.wait(6'000));
        QVERIFY(!provider.keychainAvailable());
        QVERIFY(!provider.keychainProblem().isEmpty());
        QVERIFY(!provider.hasKey());
        provider.storeKey(QStringLiteral("typed-key"));
        QTRY_VERIFY_WITH_TIMEOUT(!provider.isBusy(), 6'000);
        QCOMPARE(provider.source(), Source::Session);
        QCOMPARE(provider.key(), QStringLiteral("typed-key"));
        QVERIFY(!provider.keychainAvailable());
        return;
    }

    // A working keychain: a full round trip, and the entry is deleted again.
    qInfo("A keychain answered (%lld ms): checking a round trip", elapsed);
    QCOMPARE(first.key, QString()); // a fresh entry does not exist
    const QString secret = randomSecret();
    const KeychainAnswer write = ask(store, Operation::Write, secret);
    const KeychainAnswer read = ask(store, Operation::Read);
    const KeychainAnswer remove = ask(store, Operation::Delete);
    const KeychainAnswer after = ask(store, Operation::Read);
    QVERIFY2(write.answered && !write.failed, qPrintable(write.reason));
    QVERIFY2(read.answered && !read.failed, qPrintable(read.reason));
    QCOMPARE(read.key, secret);
    QVERIFY2(remove.answered && !remove.failed, qPrintable(remove.reason));
    QVERIFY2(after.answered && !after.failed, qPrintable(after.reason));
    QCOMPARE(after.key, QString());
}

void TestCredentialStore::keyNeverLogged()
{
    const EnvironmentGuard environment;
    const QString secret = randomSecret();
    clearCapturedMessages();
    // Every category at debug level, every message captured; undone however the test ends.
    struct Capture
    {
        Capture()
        {
            installMessageCapture();
            QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        }
        ~Capture()
        {
            QLoggingCategory::setFilterRules(QString());
            uninstallMessageCapture();
        }
        Capture(const Capture &) = delete;
        Capture &operator=(const Capture &) = delete;
    };
    auto capture = std::make_unique<Capture>();

    {
        // Keychain-like store: write, read back on load, session key, forget.
        ApiKeyProvider provider(std::make_unique<MemoryCredentialStore>());
        provider.load();
        provider.storeKey(secret);
        QTRY_VERIFY(!provider.isBusy());
        provider.load();
        QTRY_VERIFY(!provider.isBusy());
        QCOMPARE(provider.key(), secret);
        provider.setSessionKey(secret);
        provider.forgetKey();
        QTRY_VERIFY(!provider.isBusy());
        // From the environment.
        qputenv(kEnvironmentVariable.constData(), secret.toUtf8());
        provider.load();
        QCOMPARE(provider.key(), secret);
        qunsetenv(kEnvironmentVariable.constData());
    }
    {
        // The real keychain, under a test-only entry; failing or not, nothing may print the key.
        auto keychain = std::make_unique<KeychainCredentialStore>(
            QStringLiteral("CallWatch-test"),
            QStringLiteral("tst_credentialstore-") + QUuid::createUuid().toString(QUuid::Id128));
        keychain->setTimeoutMs(4'000);
        ApiKeyProvider provider(std::move(keychain));
        provider.load();
        provider.storeKey(secret);
        QTRY_VERIFY_WITH_TIMEOUT(!provider.isBusy(), 15'000);
        provider.load();
        QTRY_VERIFY_WITH_TIMEOUT(!provider.isBusy(), 15'000);
        provider.forgetKey();
        QTRY_VERIFY_WITH_TIMEOUT(!provider.isBusy(), 15'000);
    }

    capture.reset();
    const QStringList messages = capturedMessages();
    QVERIFY(!messages.isEmpty()); // debug logging was on and something was said
    bool ourCategorySpoke = false;
    for (const QString &message : messages) {
        QVERIFY2(!message.contains(secret), "a log message contains the API key");
        QVERIFY2(!message.contains(secret.mid(8, 12)), "a log message contains part of the API key");
        ourCategorySpoke = ourCategorySpoke || message.startsWith(QLatin1String("callwatch.credentials"));
    }
    QVERIFY(ourCategorySpoke);
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"

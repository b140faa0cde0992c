#include "credentialstore.h"

#include "i18n.h"

#include <QFileInfo>
#include <QTimer>

// QtKeychain's header is included here only, so its API never reaches the rest of the code.
#include <qt6keychain/keychain.h>

namespace cw {

Q_LOGGING_CATEGORY(lcCredentials, "callwatch.credentials", QtInfoMsg)

namespace {

QString operationName(CredentialStore::Operation operation)
{
    switch (operation) {
    case CredentialStore::Operation::Read:
        return QStringLiteral("read");
    case CredentialStore::Operation::Write:
        return QStringLiteral("write");
    case CredentialStore::Operation::Delete:
        break;
    }
    return QStringLiteral("delete");
}

// Why no Secret Service can be reached on a Linux/BSD desktop without a session bus (headless, CI, ssh):
// QtKeychain itself then only says "Unknown error".
QString sessionBusProblem()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return {};
    const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtimeDir.isEmpty() && QFileInfo::exists(runtimeDir + QLatin1String("/bus")))
        return {};
    return KeychainCredentialStore::tr("No keychain service is available: there is no D-Bus session bus "
                                       "(a headless or remote session?).");
#else
    return {};
#endif
}

// One sentence for people from QtKeychain's error; `detail` is QtKeychain's own text (never the key).
QString keychainReason(QKeychain::Error error, const QString &detail)
{
    QString reason;
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError:
        reason = sessionBusProblem();
        if (reason.isEmpty())
            reason = error == QKeychain::NoBackendAvailable
                         ? KeychainCredentialStore::tr("No keychain service is available.")
                         : KeychainCredentialStore::tr("The keychain reported an error.");
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
        if (sessionBusProblem().isEmpty())
            reason += QLatin1Char(' ') +
                      KeychainCredentialStore::tr("Is a Secret Service (GNOME Keyring, KWallet) running, and "
                                                  "libsecret installed?");
#endif
        break;
    case QKeychain::NotImplemented:
        reason = KeychainCredentialStore::tr("This platform has no supported keychain.");
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        reason = KeychainCredentialStore::tr("Access to the keychain was denied.");
        break;
    case QKeychain::EntryNotFound:
        reason = KeychainCredentialStore::tr("The keychain has no such entry.");
        break;
    case QKeychain::CouldNotDeleteEntry:
        reason = KeychainCredentialStore::tr("The keychain could not delete the entry.");
        break;
    case QKeychain::NoError:
        reason = KeychainCredentialStore::tr("The keychain reported an error.");
        break;
    }
    const QString trimmed = detail.trimmed();
    if (!trimmed.isEmpty())
        reason += QLatin1String(" (") + trimmed + QLatin1Char(')');
    return reason;
}

} // namespace

// --- KeychainCredentialStore ---

KeychainCredentialStore::KeychainCredentialStore(QObject *parent)
    : KeychainCredentialStore(defaultService(), defaultKeyName(), parent)
{}

KeychainCredentialStore::KeychainCredentialStore(QString service, QString key, QObject *parent)
    : CredentialStore(parent)
    , m_service(std::move(service))
    , m_keyName(std::move(key))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &KeychainCredentialStore::timeOutFront);
}

// A job still running is not ours to delete: it deletes itself when the keychain answers, and its answer
// no longer reaches us (the connection dies with this object).
KeychainCredentialStore::~KeychainCredentialStore() = default;

QString KeychainCredentialStore::backendName() const
{
    return tr("the system keychain");
}

void KeychainCredentialStore::readKey()
{
    enqueue({Operation::Read, {}});
}

void KeychainCredentialStore::writeKey(const QString &key)
{
    enqueue({Operation::Write, key});
}

void KeychainCredentialStore::deleteKey()
{
    enqueue({Operation::Delete, {}});
}

void KeychainCredentialStore::enqueue(Request request)
{
    m_queue.push_back(std::move(request));
    if (m_queue.size() == 1) // answers are always asynchronous, even if a job were not
        QMetaObject::invokeMethod(this, &KeychainCredentialStore::startFront, Qt::QueuedConnection);
}

void KeychainCredentialStore::startFront()
{
    if (m_queue.empty() || m_job)
        return;
    const Request &request = m_queue.front();
    QKeychain::Job *job = nullptr;
    switch (request.operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(request.secret);
        job = write;
        break;
    }
    case Operation::Delete:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setKey(m_keyName);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never plain text, whatever QtKeychain's default becomes
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *done) {
        if (m_job.data() != done)
            return;
        QString secret;
        if (const auto *read = qobject_cast<const QKeychain::ReadPasswordJob *>(done))
            secret = read->textData();
        answerFront(int(done->error()), done->errorString(), secret);
    });
    m_job = job;
    m_timer->start(m_timeoutMs);
    qCDebug(lcCredentials).noquote() << "keychain" << operationName(request.operation) << "started, service"
                                     << m_service << "entry" << m_keyName;
    job->start();
}

void KeychainCredentialStore::answerFront(int error, const QString &errorString, const QString &secret)
{
    m_timer->stop();
    m_job = nullptr;
    if (m_queue.empty())
        return;
    const Operation operation = m_queue.front().operation;
    m_queue.pop_front();
    if (!m_queue.empty())
        QMetaObject::invokeMethod(this, &KeychainCredentialStore::startFront, Qt::QueuedConnection);

    const auto code = QKeychain::Error(error);
    const bool notFound = code == QKeychain::EntryNotFound;
    if (code == QKeychain::NoError || (notFound && operation != Operation::Write)) {
        qCDebug(lcCredentials).noquote()
            << "keychain" << operationName(operation) << "succeeded" << (notFound ? "(no entry)" : "");
        switch (operation) {
        case Operation::Read:
            Q_EMIT keyRead(notFound ? QString() : secret);
            break;
        case Operation::Write:
            Q_EMIT keyWritten();
            break;
        case Operation::Delete:
            Q_EMIT keyDeleted();
            break;
        }
        return;
    }
    const QString reason = keychainReason(code, errorString);
    qCInfo(lcCredentials).noquote() << "keychain" << operationName(operation) << "failed:" << reason;
    Q_EMIT failed(operation, reason);
}

void KeychainCredentialStore::timeOutFront()
{
    if (m_job)
        m_job->disconnect(this); // its late answer is ignored; it still deletes itself
    m_job = nullptr;
    if (m_queue.empty())
        return;
    const Operation operation = m_queue.front().operation;
    m_queue.pop_front();
    if (!m_queue.empty())
        QMetaObject::invokeMethod(this, &KeychainCredentialStore::startFront, Qt::QueuedConnection);
    const QString reason = tr("The keychain did not answer within %1 seconds.")
                               .arg(formatNumber(double(m_timeoutMs) / 1000.0, 1));
    qCInfo(lcCredentials).noquote() << "keychain" << operationName(operation) << "failed:" << reason;
    Q_EMIT failed(operation, reason);
}

// --- MemoryCredentialStore ---

QString MemoryCredentialStore::backendName() const
{
    return tr("memory (this run only)");
}

void MemoryCredentialStore::readKey()
{
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT keyRead(m_key); }, Qt::QueuedConnection);
}

void MemoryCredentialStore::writeKey(const QString &key)
{
    QMetaObject::invokeMethod(
        this,
        [this, key] {
            m_key = key;
            Q_EMIT keyWritten();
        },
        Qt::QueuedConnection);
}

void MemoryCredentialStore::deleteKey()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_key.clear();
            Q_EMIT keyDeleted();
        },
        Qt::QueuedConnection);
}

// --- ApiKeyProvider ---

ApiKeyProvider::ApiKeyProvider(std::unique_ptr<CredentialStore> store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
{
    Q_ASSERT(m_store);
    connect(m_store.get(), &CredentialStore::keyRead, this, &ApiKeyProvider::onKeyRead);
    connect(m_store.get(), &CredentialStore::keyWritten, this, &ApiKeyProvider::onKeyWritten);
    connect(m_store.get(), &CredentialStore::keyDeleted, this, &ApiKeyProvider::onKeyDeleted);
    connect(m_store.get(), &CredentialStore::failed, this, &ApiKeyProvider::onFailed);
}

ApiKeyProvider::~ApiKeyProvider()
{
    // The store goes first, so none of its answers reaches a half-destroyed provider.
    if (m_store)
        m_store->disconnect(this);
    m_store.reset();
}

QString ApiKeyProvider::sourceName(Source source)
{
    switch (source) {
    case Source::None:
        break;
    case Source::Environment:
        return QStringLiteral("environment");
    case Source::Keychain:
        return QStringLiteral("keychain");
    case Source::Session:
        return QStringLiteral("session");
    }
    return QStringLiteral("none");
}

ApiKeyProvider::Source ApiKeyProvider::source() const
{
    if (!m_environmentKey.isEmpty())
        return Source::Environment;
    if (!m_sessionKey.isEmpty())
        return Source::Session;
    if (!m_keychainKey.isEmpty())
        return Source::Keychain;
    return Source::None;
}

QString ApiKeyProvider::key() const
{
    switch (source()) {
    case Source::Environment:
        return m_environmentKey;
    case Source::Session:
        return m_sessionKey;
    case Source::Keychain:
        return m_keychainKey;
    case Source::None:
        break;
    }
    return {};
}

template<typename Change>
void ApiKeyProvider::changeKey(Change change)
{
    const Source sourceBefore = source();
    const QString keyBefore = key();
    change();
    if (source() == sourceBefore && key() == keyBefore)
        return;
    qCDebug(lcCredentials).noquote() << "API key source:" << sourceName(source());
    Q_EMIT keyChanged();
}

void ApiKeyProvider::load()
{
    const QString environmentKey =
        qEnvironmentVariable(m_environmentVariable.toLocal8Bit().constData()).trimmed();
    changeKey([&] { m_environmentKey = environmentKey; });
    if (!environmentKey.isEmpty()) {
        // The environment overrides everything: the keychain is not even asked (no unlock prompt).
        qCDebug(lcCredentials) << "API key taken from the environment";
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_loaded = true;
                Q_EMIT loaded();
            },
            Qt::QueuedConnection);
        return;
    }
    enqueue({CredentialStore::Operation::Read, {}});
}

void ApiKeyProvider::setSessionKey(const QString &key)
{
    const QString trimmed = key.trimmed();
    changeKey([&] { m_sessionKey = trimmed; });
}

void ApiKeyProvider::storeKey(const QString &key)
{
    const QString trimmed = key.trimmed();
    if (trimmed.isEmpty()) {
        forgetKey();
        return;
    }
    // Usable at once; it becomes the keychain's key when the write succeeds.
    changeKey([&] { m_sessionKey = trimmed; });
    enqueue({CredentialStore::Operation::Write, trimmed});
}

void ApiKeyProvider::forgetKey()
{
    changeKey([&] {
        m_sessionKey.clear();
        m_keychainKey.clear();
    });
    enqueue({CredentialStore::Operation::Delete, {}});
}

void ApiKeyProvider::enqueue(Request request)
{
    m_queue.push_back(std::move(request));
    if (m_queue.size() == 1)
        startNext();
}

void ApiKeyProvider::startNext()
{
    if (m_queue.empty())
        return;
    const Request &request = m_queue.front();
    qCDebug(lcCredentials).noquote() << "asking" << m_store->backendName() << "to"
                                     << operationName(request.operation) << "the API key";
    switch (request.operation) {
    case CredentialStore::Operation::Read:
        m_store->readKey();
        break;
    case CredentialStore::Operation::Write:
        m_store->writeKey(request.key);
        break;
    case CredentialStore::Operation::Delete:
        m_store->deleteKey();
        break;
    }
}

bool ApiKeyProvider::supersededByLater() const
{
    for (auto it = m_queue.cbegin() + 1; it < m_queue.cend(); ++it) {
        if (it->operation != CredentialStore::Operation::Read)
            return true;
    }
    return false;
}

void ApiKeyProvider::finishFront()
{
    if (!m_queue.empty())
        m_queue.pop_front();
    startNext();
}

void ApiKeyProvider::onKeyRead(const QString &key)
{
    if (m_queue.empty())
        return;
    // A write or delete asked for after this read decides what the keychain holds.
    if (!supersededByLater()) {
        const QString trimmed = key.trimmed();
        changeKey([&] { m_keychainKey = trimmed; });
    }
    markKeychain({});
    if (!m_loaded) {
        m_loaded = true;
        Q_EMIT loaded();
    }
    finishFront();
}

void ApiKeyProvider::onKeyWritten()
{
    if (m_queue.empty())
        return;
    const QString written = m_queue.front().key;
    if (!supersededByLater()) {
        changeKey([&] {
            m_keychainKey = written;
            if (m_sessionKey == written)
                m_sessionKey.clear(); // kept by the keychain from now on
        });
    }
    markKeychain({});
    finishFront();
}

void ApiKeyProvider::onKeyDeleted()
{
    if (m_queue.empty())
        return;
    markKeychain({});
    finishFront();
}

void ApiKeyProvider::onFailed(CredentialStore::Operation operation, const QString &reason)
{
    if (m_queue.empty())
        return;
    // A failed write leaves the key as a session key (set by storeKey): usable for this run only.
    markKeychain(reason.isEmpty() ? tr("The keychain failed without giving a reason.") : reason);
    if (operation == CredentialStore::Operation::Read && !m_loaded) {
        m_loaded = true;
        Q_EMIT loaded();
    }
    finishFront();
}

void ApiKeyProvider::markKeychain(const QString &problem)
{
    const bool wasAvailable = keychainAvailable();
    m_keychainProblem = problem;
    if (!problem.isEmpty())
        qCDebug(lcCredentials).noquote() << "keychain unavailable:" << problem;
    if (wasAvailable != keychainAvailable())
        Q_EMIT keychainAvailabilityChanged(keychainAvailable());
}

} // namespace cw

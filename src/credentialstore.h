#pragma once

#include <QLoggingCategory>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>

#include <deque>
#include <memory>

class QTimer;

namespace cw {

Q_DECLARE_LOGGING_CATEGORY(lcCredentials)

// Where the Dialgen API key is kept between runs. Asynchronous, like the system keychains: every call is
// answered later (never from inside the call) by exactly one of keyRead / keyWritten / keyDeleted /
// failed, in the order the calls were made. The key travels only in keyRead's argument: implementations
// never log it and never write it anywhere but their secure backend.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    enum class Operation : quint8
    {
        Read,
        Write,
        Delete,
    };
    Q_ENUM(Operation)

    using QObject::QObject;

    virtual void readKey() = 0;
    virtual void writeKey(const QString &key) = 0;
    virtual void deleteKey() = 0;
    // For people: "the system keychain", "memory (this run only)".
    virtual QString backendName() const = 0;

Q_SIGNALS:
    void keyRead(const QString &key); // empty when no key is stored
    void keyWritten();
    void keyDeleted(); // also when there was nothing to delete
    // The backend could not be used: no keychain service, access denied, timeout... `reason` is for
    // people and never contains the key.
    void failed(cw::CredentialStore::Operation operation, const QString &reason);
};

// The platform's keychain through QtKeychain: Secret Service / KWallet on Linux, Keychain on macOS, the
// Credential Manager on Windows. QtKeychain's plain-text "insecure fallback" is always off: where no
// keychain exists, every operation fails (quickly) and the caller keeps the key in memory instead.
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    static constexpr int DefaultTimeoutMs = 30'000; // long enough for an unlock prompt

    // `service` and `key` name the entry; tests use their own so they never touch the user's key.
    explicit KeychainCredentialStore(QObject *parent = nullptr);
    KeychainCredentialStore(QString service, QString key, QObject *parent = nullptr);
    ~KeychainCredentialStore() override;

    static QString defaultService() { return QStringLiteral("CallWatch"); }
    static QString defaultKeyName() { return QStringLiteral("dialgen-api-key"); }
    QString service() const { return m_service; }
    QString keyName() const { return m_keyName; }

    // A keychain that has not answered after this long is reported as failed (and its late answer
    // ignored), so nothing waits forever on a stuck backend.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }

    void readKey() override;
    void writeKey(const QString &key) override;
    void deleteKey() override;
    QString backendName() const override;

private:
    struct Request
    {
        Operation operation;
        QString secret; // Write only
    };
    void enqueue(Request request);
    void startFront();
    void answerFront(int error, const QString &errorString, const QString &secret);
    void timeOutFront();

    QString m_service;
    QString m_keyName;
    int m_timeoutMs = DefaultTimeoutMs;
    // One job at a time, so answers come in call order; front: the running job.
    std::deque<Request> m_queue;
    QPointer<QObject> m_job; // the running QKeychain::Job (deletes itself when done)
    QTimer *m_timer = nullptr;
};

// Keeps the key in this process's memory only: for tests, and for running without a keychain.
class MemoryCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    using CredentialStore::CredentialStore;

    void readKey() override;
    void writeKey(const QString &key) override;
    void deleteKey() override;
    QString backendName() const override;

    bool hasStoredKey() const { return !m_key.isEmpty(); }

private:
    QString m_key;
};

// Finds the Dialgen API key and hands it only to whoever asks key() (the client). Order:
//   1. the DIALGEN_API_KEY environment variable: overrides everything, source Environment;
//   2. a key given for this run with setSessionKey() (or a storeKey() the keychain refused): Session;
//   3. the keychain (any CredentialStore): Keychain.
// When the keychain fails (no secret service, e.g. headless CI; access denied; no answer),
// keychainAvailable() turns false with keychainProblem() saying why, and the app asks for the key each
// run. Nothing here logs the key or writes it outside the credential store.
class ApiKeyProvider : public QObject
{
    Q_OBJECT
public:
    enum class Source : quint8
    {
        None,
        Environment,
        Keychain,
        Session,
    };
    Q_ENUM(Source)

    static QString defaultEnvironmentVariable() { return QStringLiteral("DIALGEN_API_KEY"); }
    // The variable load() looks at first (DIALGEN_API_KEY by default). The same class keeps other secrets
    // too: the webhook secret uses DIALGEN_WEBHOOK_SECRET and its own keychain entry.
    QString environmentVariable() const { return m_environmentVariable; }
    void setEnvironmentVariable(const QString &name) { m_environmentVariable = name; }

    // Takes ownership of `store`.
    explicit ApiKeyProvider(std::unique_ptr<CredentialStore> store, QObject *parent = nullptr);
    ~ApiKeyProvider() override;

    // Looks at the environment, then (unless the environment has a key) asks the keychain. loaded()
    // follows once the key is resolved (possibly to none).
    void load();
    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return !m_queue.empty(); }

    bool hasKey() const { return !key().isEmpty(); }
    Source source() const;
    static QString sourceName(Source source); // "none", "environment", "keychain", "session"
    // The key itself: only for the client that sends it. Never log or display it.
    QString key() const;

    // The keychain has not failed (an untried keychain is presumed available).
    bool keychainAvailable() const { return m_keychainProblem.isEmpty(); }
    QString keychainProblem() const { return m_keychainProblem; }
    CredentialStore *store() const { return m_store.get(); }

    // Uses `key` for this run only, in memory; an empty key forgets the session key.
    void setSessionKey(const QString &key);
    // Uses `key` at once and saves it in the keychain; when the keychain fails, it stays a session key
    // (keychainAvailable() turns false). An empty key is the same as forgetKey().
    void storeKey(const QString &key);
    // Forgets the session key and deletes the keychain entry. The environment's key, if any, remains.
    void forgetKey();

Q_SIGNALS:
    void loaded();
    void keyChanged(); // key() or source() changed
    void keychainAvailabilityChanged(bool available);

private:
    struct Request
    {
        CredentialStore::Operation operation;
        QString key; // Write only
    };
    void enqueue(Request request);
    void startNext();
    void finishFront();
    // A write or delete is queued after the request being answered.
    bool supersededByLater() const;
    void onKeyRead(const QString &key);
    void onKeyWritten();
    void onKeyDeleted();
    void onFailed(CredentialStore::Operation operation, const QString &reason);
    void markKeychain(const QString &problem);
    // Runs `change`, then emits keyChanged() if key() or source() differ afterwards.
    template<typename Change>
    void changeKey(Change change);

    std::unique_ptr<CredentialStore> m_store;
    std::deque<Request> m_queue; // front: the request the store is working on
    QString m_environmentVariable = defaultEnvironmentVariable();
    QString m_environmentKey;
    QString m_sessionKey;
    QString m_keychainKey;
    QString m_keychainProblem;
    bool m_loaded = false;
};

} // namespace cw

#pragma once

// Test doubles and helpers shared by the credential tests: the API key's environment variable, a
// keychain that always fails, random secrets, and a Qt message handler that captures every message.
#include "credentialstore.h"

#include <QByteArray>
#include <QMessageLogContext>
#include <QMetaObject>
#include <QMutex>
#include <QMutexLocker>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QtGlobal>

namespace cw::test {

inline const QByteArray kEnvironmentVariable = QByteArrayLiteral("DIALGEN_API_KEY");

// Unsets DIALGEN_API_KEY again however the test ends.
struct EnvironmentGuard
{
    EnvironmentGuard() { qunsetenv(kEnvironmentVariable.constData()); }
    ~EnvironmentGuard() { qunsetenv(kEnvironmentVariable.constData()); }
    EnvironmentGuard(const EnvironmentGuard &) = delete;
    EnvironmentGuard &operator=(const EnvironmentGuard &) = delete;
};

// A key-like secret that appears nowhere else, so finding it in a log or a file is a leak.
inline QString randomSecret(const QString &prefix = QStringLiteral("dg_test_"))
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128);
}

// A keychain that is never there, as on a headless machine without a secret service. Every request
// fails asynchronously with reason(); calls counts the requests.
class FailingStore : public CredentialStore
{
public:
    using CredentialStore::CredentialStore;
    static QString reason() { return QStringLiteral("no secret service on this bus (test double)"); }
    void readKey() override { fail(Operation::Read); }
    void writeKey(const QString &) override { fail(Operation::Write); }
    void deleteKey() override { fail(Operation::Delete); }
    QString backendName() const override { return QStringLiteral("failing test keychain"); }
    int calls = 0;

private:
    void fail(Operation operation)
    {
        ++calls;
        QMetaObject::invokeMethod(
            this, [this, operation] { Q_EMIT failed(operation, reason()); }, Qt::QueuedConnection);
    }
};

// Every Qt message, from any thread, as "category: message". Messages other than debug ones are also
// passed on to the handler that was installed before, so they still reach the test's output.
inline QMutex g_messagesMutex;
inline QStringList g_messages;
inline QtMessageHandler g_previousHandler = nullptr;

inline void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker locker(&g_messagesMutex);
        g_messages.append(QString::fromUtf8(context.category ? context.category : "") + QLatin1String(": ") +
                          message);
    }
    if (g_previousHandler && type != QtDebugMsg)
        g_previousHandler(type, context, message);
}

// Starts capturing (call once; pair with uninstallMessageCapture()).
inline void installMessageCapture()
{
    g_previousHandler = qInstallMessageHandler(captureMessage);
}

// Restores the handler that was installed before installMessageCapture().
inline void uninstallMessageCapture()
{
    qInstallMessageHandler(g_previousHandler);
    g_previousHandler = nullptr;
}

inline QStringList capturedMessages()
{
    const QMutexLocker locker(&g_messagesMutex);
    return g_messages;
}

inline void clearCapturedMessages()
{
    const QMutexLocker locker(&g_messagesMutex);
    g_messages.clear();
}

} // namespace cw::test

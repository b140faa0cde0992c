#pragma once

#include "apierror.h"
#include "callsnapshot.h"
#include "payloadparser.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>
#include <variant>

class QNetworkAccessManager;
class QNetworkReply;

namespace cw {

struct ClientConfig
{
    QUrl baseUrl = QUrl(QStringLiteral("https://sa.dialgen.ai"));
    // Never logged, never written anywhere; where an answer quotes it back (an error echoing the request's
    // headers, a field of a call), it is replaced by "[API key]" before anything reads the answer.
    QString apiKey;
    int transferTimeoutMs = 20000;             // every request times out
    qint64 maxBodyBytes = 256LL * 1024 * 1024; // a 100,000-call batch body is ~30 MB
};

// One logical request to Dialgen (a call lookup may be two HTTP requests: live, then persistent on 404).
// Created by DialgenClient; emits finished() exactly once (also when aborted), then deletes itself with
// deleteLater(). Read the result inside the slot connected to finished().
class ApiReply : public QObject
{
    Q_OBJECT
public:
    enum class Kind : quint8
    {
        Call,
        PersistentCall,
        BatchCalls,
        BatchStatistics,
        BatchList
    };

    Kind kind() const { return m_kind; }
    QString target() const { return m_target; } // call id or batch id; empty for the batch list
    bool isFinished() const { return m_finished; }
    const ApiError &error() const { return m_error; }
    bool ok() const { return m_finished && !m_error.isError(); }
    // HTTP requests this reply sent (1, or 2 when the persistent endpoint was asked after a live 404).
    int requestsSent() const { return m_requestsSent; }

    // Results; only the one matching kind() is set, and only when ok().
    const CallSnapshot &call() const { return std::get<CallSnapshot>(m_result); }
    const BatchCalls &batchCalls() const { return std::get<BatchCalls>(m_result); }
    const BatchStatistics &batchStatistics() const { return std::get<BatchStatistics>(m_result); }
    const QList<BatchSummary> &batchList() const { return std::get<QList<BatchSummary>>(m_result); }

    void abort();

Q_SIGNALS:
    void finished();

private:
    friend class DialgenClient;
    ApiReply(Kind kind, QString target, QObject *parent);
    void finishWithError(ApiError error);
    template<typename T>
    void finishWithResult(T value);

    Kind m_kind;
    QString m_target;
    bool m_finished = false;
    int m_requestsSent = 0;
    ApiError m_error;
    std::variant<std::monostate, CallSnapshot, BatchCalls, BatchStatistics, QList<BatchSummary>> m_result;
    QPointer<QNetworkReply> m_network;
};

// Talks to Dialgen's REST API. Network replies never leave this class: callers get value types.
class DialgenClient : public QObject
{
    Q_OBJECT
public:
    DialgenClient(QNetworkAccessManager *network, ClientConfig config, QObject *parent = nullptr);

    const ClientConfig &config() const { return m_config; }
    void setConfig(ClientConfig config);
    void setApiKey(const QString &key);
    QUrl baseUrl() const { return m_config.baseUrl; }

    // Null error when the URL may be used: http(s) only, HTTPS required unless the host is loopback.
    static ApiError checkBaseUrl(const QUrl &url);
    static bool isLoopbackHost(const QString &host);
    // Retry-After as seconds (delta-seconds or HTTP date relative to now); -1 when absent or invalid.
    static int parseRetryAfter(const QByteArray &value, const QDateTime &now);

    ApiReply *fetchCall(const QString &callId);           // live, then persistent on 404
    ApiReply *fetchCallPersistent(const QString &callId); // persistent only
    ApiReply *fetchBatchCalls(const QString &batchId);
    ApiReply *fetchBatchStatistics(const QString &batchId);
    ApiReply *fetchBatchList();

    int inFlight() const { return m_inFlight; }

Q_SIGNALS:
    // Every HTTP exchange, for health display and request counting. httpStatus 0: no HTTP answer.
    void exchangeFinished(const QUrl &url, int httpStatus, cw::ApiError::Kind errorKind);

private:
    ApiReply *start(ApiReply::Kind kind, const QString &target);
    void send(ApiReply *reply, const QString &path, const QString &queryKey, const QString &queryValue);
    void handleFinished(ApiReply *reply, QNetworkReply *network);
    // Parses a 2xx body; a body that does not parse fails with MalformedBody (saying so when the answer is
    // not JSON at all, e.g. a login page).
    void deliver(ApiReply *reply, const QByteArray &body, const QByteArray &contentType);

    QNetworkAccessManager *m_network;
    ClientConfig m_config;
    int m_inFlight = 0;
};

} // namespace cw

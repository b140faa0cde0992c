#pragma once

#include "clock.h"
#include "webhookevent.h"

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QHttpServer;
class QNetworkAccessManager;
class QNetworkReply;
class QHttpServerRequest;
class QHttpServerResponse;
class QTcpSocket;

namespace cw {

namespace detail {
class GuardedTcpServer;
class ConnectionGuard;
} // namespace detail

// Receives Dialgen's webhooks: POST <address>:<port>/webhooks/dialgen, on QHttpServer.
//
// Off until start(); binds 127.0.0.1 unless told otherwise (port 0: an ephemeral port, see serverPort()).
//
// Acknowledged means durable. With a durable handler set (setDurableHandler(); the Session sets one that
// applies the event to the tracker and commits the history), every valid new delivery is handed to it
// INSIDE the HTTP handler, before any answer: only when the handler says that everything the event brings
// is recorded and committed is the delivery answered 202 {"accepted":true}. When it says no (the history
// could not be written: locked, disk full), the delivery is answered 503 with "Retry-After" and is not
// remembered as seen, so the sender delivers it again and nothing acknowledged can be lost by a crash or
// a kill. The handler runs on the receiver's thread and must not start a nested event loop; a commit in
// WAL mode costs well under a millisecond, so the answer still comes well within the 5 s Dialgen allows.
// Without a durable handler, a valid delivery is answered 202 at once (nothing is kept by the receiver).
// Either way eventReceived() follows from the event loop once the delivery was answered 202.
//
// What is refused (each refusal counts in rejectedCount() and lastRejection(), and is answered with a
// JSON body {"accepted":false,"status":N,"error":"..."} and "Connection: close"):
//  - while the request arrives, before any of it is handed to QHttpServer:
//    413 when Content-Length is over limits().maxBodyBytes (64 KiB): answered from the headers, the body is
//    then read and thrown away so the sender gets to see the answer; 413 as well when a body without
//    Content-Length (chunked) runs far over the limit; 431 for headers over limits().maxHeaderBytes;
//    400 for an unreadable Content-Length or one sent together with Transfer-Encoding;
//  - then, on the complete request, in this order:
//    404 any other path; 405 (with "Allow: POST") any other method on the path;
//    413 a decoded body over the limit;
//    401 a token is set and "Authorization" is not "Bearer <token>" (the scheme in any case);
//    401 a secret is set and "x-dialgen-signature" is missing, or not the hex HMAC-SHA256 of the raw body
//        with the secret (upper or lower case hex, optionally prefixed "sha256="); token and signature are
//        compared in constant time;
//    415 a Content-Type other than application/json (parameters allowed; a charset must be UTF-8);
//    400 a body that is not JSON, not an object, an unknown event, a missing or mistyped field (the reason
//        names the field path, see parseWebhookEvent()).
//    503 (with "Retry-After: 5") the durable handler could not save what the event brings.
//    (404s are QHttpServer's own answer and are not counted.)
// A delivery identical to one of the last limits().duplicateMemory accepted ones (same raw body) is
// answered 200 {"accepted":true,"duplicate":true}, counted in duplicateCount(), and not emitted again.
//
// Connections (QHttpServer 6.4 has no limits of its own): every answer carries "Connection: close" and the
// connection is closed once the answer is written; a connection idle for limits().idleTimeoutMs, or still
// without a complete request after limits().requestTimeoutMs, is closed (408 when part of a request came);
// beyond limits().maxConnections open connections a new one gets 503 and is closed.
//
// The secret and the token are never logged and never leave this object.
class WebhookReceiver : public QObject
{
    Q_OBJECT
public:
    enum class State : quint8
    {
        Off,       // not started, or stopped
        Listening, // accepting deliveries on url()
        Error,     // start() failed: errorString() says why (e.g. the port is in use)
    };
    Q_ENUM(State)

    struct Limits
    {
        qint64 maxBodyBytes = 64 * 1024;
        int maxHeaderBytes = 16 * 1024;
        int idleTimeoutMs = 10'000;    // no byte in either direction for this long: closed
        int requestTimeoutMs = 30'000; // a request still incomplete after this long: closed (slow senders)
        int maxConnections = 64;       // open at once
        int duplicateMemory = 1024;    // accepted bodies remembered to spot repeated deliveries
    };

    struct Rejection
    {
        int status = 0; // HTTP status answered; 0 when nothing was refused yet
        QString reason; // translated, for the user ("Bad signature"); never contains a secret
        QDateTime at;   // UTC
    };

    static constexpr QLatin1String Path = QLatin1String("/webhooks/dialgen");
    static constexpr QLatin1String SignatureHeader = QLatin1String("x-dialgen-signature");

    explicit WebhookReceiver(const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~WebhookReceiver() override;

    // Shared secret for x-dialgen-signature; empty: signatures are not checked. Takes effect at once.
    void setSecret(const QByteArray &secret);
    bool hasSecret() const { return !m_secret.isEmpty(); }
    // Bearer token required in "Authorization"; empty: not required. Takes effect at once.
    void setToken(const QByteArray &token);
    bool hasToken() const { return !m_token.isEmpty(); }
    // Take effect for connections accepted afterwards.
    void setLimits(const Limits &limits);
    // Makes a valid new delivery durable before it is answered (see the class comment): returns true once
    // everything the event brings is recorded and committed (or there was nothing to record), false when
    // it could not be saved (then the sender is told to deliver again). Empty: no such step.
    using DurableHandler = std::function<bool(const cw::WebhookEvent &event)>;
    void setDurableHandler(DurableHandler handler);
    bool hasDurableHandler() const { return bool(m_durableHandler); }
    const Limits &limits() const { return m_limits; }

    // Starts listening (stopping first when already started). False: state() Error, errorString() and
    // *error say why.
    bool start(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost), quint16 port = 0,
               QString *error = nullptr);
    // Closes every connection and the listening socket. State Off. Counters are kept.
    void stop();

    State state() const { return m_state; }
    bool isListening() const { return m_state == State::Listening; }
    QString errorString() const { return m_errorString; }
    QHostAddress serverAddress() const { return m_address; }
    quint16 serverPort() const { return m_port; }
    // http://127.0.0.1:PORT/webhooks/dialgen while listening; empty otherwise.
    QUrl url() const;

    qint64 acceptedCount() const { return m_accepted; } // answered 2xx, duplicates included
    qint64 rejectedCount() const { return m_rejected; }
    qint64 duplicateCount() const { return m_duplicates; }
    Rejection lastRejection() const { return m_lastRejection; }
    int openConnections() const { return m_openConnections; }

    // The address a sender on this computer uses: url(), with 127.0.0.1 / ::1 for a wildcard address
    // (0.0.0.0 / ::). Empty when not listening.
    QUrl localUrl() const;
    // "Send test event": POSTs a documented batch.completed event for a batch nobody tracks
    // ("callwatch-test-…", unique per call, so it is never taken for a duplicate) to localUrl(), signed
    // with the secret and carrying the token, as Dialgen would, over loopback without any proxy. The tracker
    // ignores batches it does not follow, so nothing reaches the table or the history. False when not
    // listening; otherwise testEventFinished() follows (202 means the whole path works).
    bool sendTestEvent();

    // Reads "ADDRESS:PORT" as given to --webhook-listen: "127.0.0.1:8787", "0.0.0.0:8787", "[::1]:8787",
    // or ":8787" / "8787" for 127.0.0.1. The address must be a literal IP address (no host names: a name
    // could resolve to a public interface), the port 1-65535. False: *error says why.
    static bool parseListenAddress(QStringView text, QHostAddress *address, quint16 *port,
                                   QString *error = nullptr);

    // The signature Dialgen sends for `body`: lower-case hex HMAC-SHA256 with `secret`.
    static QByteArray signatureFor(const QByteArray &body, const QByteArray &secret);
    // Constant-time comparison (the time depends on the lengths only).
    static bool constantTimeEquals(QByteArrayView a, QByteArrayView b);
    // The checks made on every delivery, as pure functions of the header values (also used by the fuzzers).
    // True when `authorization` (the raw header value) is "Bearer <token>": the scheme in any case,
    // surrounding whitespace ignored; always false for an empty token.
    static bool bearerTokenMatches(const QByteArray &authorization, const QByteArray &token);
    // True when `signature` (the raw x-dialgen-signature value) is the hex HMAC-SHA256 of `body` with
    // `secret`: 64 hex digits in either case, optionally prefixed "sha256=", surrounding whitespace ignored.
    // Always false for an empty secret.
    static bool signatureMatches(const QByteArray &signature, const QByteArray &body,
                                 const QByteArray &secret);

Q_SIGNALS:
    // One valid, new delivery, answered 202 (emitted from the event loop after the sender got its answer;
    // with a durable handler, after the handler made it durable).
    void eventReceived(const cw::WebhookEvent &event);
    void rejected(int status, const QString &reason);
    void stateChanged(cw::WebhookReceiver::State state);
    // acceptedCount(), rejectedCount(), duplicateCount() or lastRejection() changed.
    void statisticsChanged();
    // The answer to sendTestEvent(): the HTTP status (0 when none came) and, without one, the network error.
    void testEventFinished(int httpStatus, const QString &networkError);

private:
    friend class detail::GuardedTcpServer;
    friend class detail::ConnectionGuard;

    QHttpServerResponse handle(const QHttpServerRequest &request);
    QHttpServerResponse refuse(int status, const char *reason, const QString &detail = {});
    void recordRejection(int status, const char *reason, const QString &detail);
    bool checkToken(const QHttpServerRequest &request) const;
    bool checkSignature(const QHttpServerRequest &request) const;
    void setState(State state, const QString &error = {});
    // Connection accounting, used by the TCP server and the guards.
    bool admitConnection();
    void connectionClosed();

    const Clock &m_clock;
    QByteArray m_secret;
    QByteArray m_token;
    Limits m_limits;
    DurableHandler m_durableHandler;
    std::unique_ptr<QHttpServer> m_server;
    QNetworkAccessManager *m_testNetwork = nullptr; // sendTestEvent() only, made on first use
    detail::GuardedTcpServer *m_tcp = nullptr;      // owned by m_server
    State m_state = State::Off;
    QString m_errorString;
    QHostAddress m_address;
    quint16 m_port = 0;
    qint64 m_accepted = 0;
    qint64 m_rejected = 0;
    qint64 m_duplicates = 0;
    Rejection m_lastRejection;
    int m_openConnections = 0;
    QList<QByteArray> m_recentOrder; // digests of accepted bodies, oldest first
    QSet<QByteArray> m_recent;       // the same digests, for lookup
};

} // namespace cw

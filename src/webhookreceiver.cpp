#include "webhookreceiver.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

namespace cw {

namespace {

Q_LOGGING_CATEGORY(lcWebhook, "callwatch.webhook")

// Raw bytes a rejected sender may still push (the body it announced) before the connection is cut.
constexpr qint64 kMaxDiscardBytes = 1024 * 1024;
// How long a closing connection may take to deliver its last answer.
constexpr int kCloseGraceMs = 1000;

const char *reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 202:
        return "Accepted";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 431:
        return "Request Header Fields Too Large";
    case 503:
        return "Service Unavailable";
    default:
        break;
    }
    return "Error";
}

QString wireText(const char *reason, const QString &detail)
{
    QString text = QString::fromLatin1(reason);
    if (!detail.isEmpty())
        text += QLatin1String(": ") + detail;
    return text;
}

QByteArray errorBody(int status, const QString &error)
{
    QJsonObject body;
    body.insert(QLatin1String("accepted"), false);
    body.insert(QLatin1String("status"), status);
    body.insert(QLatin1String("error"), error);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

// A complete HTTP/1.1 answer written straight to the socket, for refusals made before QHttpServer has a
// request to answer (too large, too slow, too many connections).
QByteArray rawResponse(int status, const QString &error)
{
    const QByteArray body = errorBody(status, error);
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    response += "Content-Type: application/json\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    response += "Cache-Control: no-store\r\n";
    response += "Connection: close\r\n";
    if (status == 503)
        response += "Retry-After: 1\r\n";
    response += "\r\n";
    response += body;
    return response;
}

QHttpServerResponse jsonResponse(int status, const QByteArray &body,
                                 const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {})
{
    QHttpServerResponse response(QByteArrayLiteral("application/json"), body,
                                 static_cast<QHttpServerResponder::StatusCode>(status));
    QList<QPair<QByteArray, QByteArray>> headers = extraHeaders;
    headers.append({QByteArrayLiteral("Connection"), QByteArrayLiteral("close")});
    headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders all = response.headers();
    for (const auto &header : headers)
        all.append(header.first, header.second);
    response.setHeaders(std::move(all));
#else
    for (const auto &header : headers)
        response.addHeader(header.first, header.second);
#endif
    return response;
}

// application/json, any case, with parameters; a charset, when given, must be UTF-8.
bool isJsonContentType(const QByteArray &value)
{
    const QList<QByteArray> parts = value.split(';');
    if (parts.first().trimmed().toLower() != "application/json")
        return false;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray parameter = parts.at(i).trimmed().toLower();
        if (!parameter.startsWith("charset="))
            continue;
        QByteArray charset = parameter.mid(8).trimmed();
        if (charset.size() >= 2 && charset.startsWith('"') && charset.endsWith('"'))
            charset = charset.mid(1, charset.size() - 2);
        if (charset != "utf-8" && charset != "utf8")
            return false;
    }
    return true;
}

bool isHex(const QByteArray &text)
{
    for (const char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return false;
    }
    return true;
}

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

} // namespace

namespace detail {

// Watches one connection on behalf of the receiver, in front of QHttpServer: it sees every chunk of the
// request before QHttpServer reads it (its readyRead slot is connected first), so it can refuse an
// oversized request from its headers, count the bytes of a chunked body, close idle or slow connections
// and close the connection once the answer is written.
//
// Byte counting relies on QHttpServer reading everything available on each readyRead (it does: the
// request parser takes readAll()), so what is available when this guard looks is what just arrived. The
// socket's read buffer is capped as well, so memory stays bounded even if that ever changes.
class ConnectionGuard : public QObject
{
public:
    ConnectionGuard(QTcpSocket *socket, WebhookReceiver *receiver)
        : QObject(socket)
        , m_socket(socket)
        , m_receiver(receiver)
        , m_limits(receiver->limits())
    {
        m_socket->setReadBufferSize(m_limits.maxHeaderBytes + 2 * m_limits.maxBodyBytes + 64 * 1024);
        connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
        connect(socket, &QTcpSocket::bytesWritten, this, &ConnectionGuard::onBytesWritten);
        connect(socket, &QTcpSocket::disconnected, this, &ConnectionGuard::onDisconnected);
        m_idle.setSingleShot(true);
        m_idle.setInterval(qMax(1, m_limits.idleTimeoutMs));
        connect(&m_idle, &QTimer::timeout, this, &ConnectionGuard::onTimeout);
        m_idle.start();
        m_deadline.setSingleShot(true);
        m_deadline.setInterval(qMax(1, m_limits.requestTimeoutMs));
        connect(&m_deadline, &QTimer::timeout, this, &ConnectionGuard::onTimeout);
        m_deadline.start();
    }

    ~ConnectionGuard() override { release(); }

private:
    void onReadyRead()
    {
        if (m_closing) {
            m_socket->readAll(); // nothing more is answered
            return;
        }
        m_idle.start();
        if (m_refused) {
            discard();
            return;
        }
        const qint64 available = m_socket->bytesAvailable();
        if (available <= 0 || m_answered)
            return;
        const QByteArray fresh = m_socket->peek(available);
        if (!m_headerDone) {
            const qsizetype from = qMax<qsizetype>(0, m_head.size() - 3);
            m_head.append(fresh);
            qsizetype bodyStart = -1;
            const qsizetype end = headerEnd(m_head, from, &bodyStart);
            if (end < 0) {
                if (m_head.size() > m_limits.maxHeaderBytes)
                    refuse(431, QT_TRANSLATE_NOOP("cw::WebhookReceiver", "Request headers too large"), {});
                return;
            }
            if (end > m_limits.maxHeaderBytes) {
                refuse(431, QT_TRANSLATE_NOOP("cw::WebhookReceiver", "Request headers too large"), {});
                return;
            }
            m_headerDone = true;
            m_bodySeen = m_head.size() - bodyStart;
            inspectHeaders(m_head.left(end));
            m_head = QByteArray();
            if (m_refused)
                return;
        } else {
            m_bodySeen += fresh.size();
        }
        // A chunked (or unannounced) body: its framing adds a little, so allow some slack here; the exact
        // size is checked again on the decoded body.
        if (m_contentLength < 0 && m_bodySeen > 2 * m_limits.maxBodyBytes + 1024) {
            refuse(413, QT_TRANSLATE_NOOP("cw::WebhookReceiver", "Body too large"),
                   QStringLiteral("more than %1 bytes received").arg(m_limits.maxBodyBytes));
        }
    }

    void inspectHeaders(const QByteArray &head)
    {
        const QList<QByteArray> lines = head.split('\n');
        bool transferEncoding = false;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length") {
                bool ok = false;
                const qint64 length = value.toLongLong(&ok);
                if (!ok || length < 0 || !isDigits(value) ||
                    (m_contentLength >= 0 && m_contentLength != length)) {
                    refuse(400, QT_TRANSLATE_NOOP("cw::WebhookReceiver", "Invalid Content-Length"), {});
                    return;
                }
                m_contentLength = length;
            } else if (name == "transfer-encoding") {
                transferEncoding = true;
            }
        }
        if (transferEncoding && m_contentLength >= 0) {
            // Two framings for one body: the classic way to smuggle a second request past a proxy.
            refuse(400,
                   QT_TRANSLATE_NOOP("cw::WebhookReceiver", "Both Content-Length and Transfer-Encoding sent"),
                   {});
            return;
        }
        if (m_contentLength > m_limits.maxBodyBytes) {
            refuse(413, QT_TRANSLATE_NOOP("cw::WebhookReceiver", "Body too large"),
                   QStringLiteral("Content-Length %1 is over the limit of %2 bytes")
                       .arg(m_contentLength)
                       .arg(m_limits.maxBodyBytes));
        }
    }

    // Where the header block of `head` ends (searching from `from`), and where the body starts; -1 while
    // incomplete. Lines end with CRLF, or a bare LF, which HTTP parsers accept too.
    static qsizetype headerEnd(const QByteArray &head, qsizetype from, qsizetype *bodyStart)
    {
        for (qsizetype at = head.indexOf('\n', from); at >= 0; at = head.indexOf('\n', at + 1)) {
            qsizetype next = at + 1;
            if (next < head.size() && head.at(next) == '\r')
                ++next;
            if (next < head.size() && head.at(next) == '\n') {
                *bodyStart = next + 1;
                return at > 0 && head.at(at - 1) == '\r' ? at - 1 : at;
            }
        }
        return -1;
    }

    static bool isDigits(const QByteArray &text)
    {
        if (text.isEmpty() || text.size() > 18)
            return false;
        for (const char c : text) {
            if (c < '0' || c > '9')
                return false;
        }
        return true;
    }

    // Answers now, and reads (and drops) what the sender still sends, so it gets to read the answer
    // instead of a reset connection.
    void refuse(int status, const char *reason, const QString &detail)
    {
        m_refused = true;
        m_head = QByteArray();
        if (m_receiver)
            m_receiver->recordRejection(status, reason, detail);
        m_socket->write(rawResponse(status, wireText(reason, detail)));
        // What was peeked is already counted; take it away from QHttpServer.
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
        m_socket->readAll();
        finishIfBodyRead();
    }

    void discard()
    {
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
        const QByteArray junk = m_socket->readAll();
        m_bodySeen += junk.size();
        m_discarded += junk.size();
        if (m_discarded > kMaxDiscardBytes) {
            // Not from inside readyRead: QHttpServer's own slot still runs after this one.
            m_closing = true;
            QMetaObject::invokeMethod(this, &ConnectionGuard::cut, Qt::QueuedConnection);
            return;
        }
        finishIfBodyRead();
    }

    void finishIfBodyRead()
    {
        if (m_headerDone && m_contentLength >= 0 && m_bodySeen >= m_contentLength)
            closeWhenWritten();
        // Otherwise (no complete headers, a chunked body): until the sender closes or goes quiet.
    }

    void closeWhenWritten()
    {
        m_closeWhenWritten = true;
        if (m_socket->bytesToWrite() == 0)
            close();
    }

    void onBytesWritten()
    {
        m_idle.start();
        if (m_socket->bytesToWrite() > 0)
            return;
        if (m_refused) {
            if (m_closeWhenWritten)
                close();
            return;
        }
        // QHttpServer only writes once a request is complete: this was the answer. One request per
        // connection ("Connection: close").
        m_answered = true;
        close();
    }

    void onTimeout()
    {
        if (m_closing) {
            cut(); // the peer does not even take the last answer
            return;
        }
        if (!m_answered && !m_refused && (m_headerDone || !m_head.isEmpty())) {
            // Part of a request came, the rest did not: say so before closing.
            if (m_receiver) {
                m_receiver->recordRejection(
                    408, QT_TRANSLATE_NOOP("cw::WebhookReceiver", "Request incomplete, connection timed out"),
                    {});
            }
            m_socket->write(rawResponse(408, QStringLiteral("request timeout")));
        }
        close();
    }

    void close()
    {
        if (m_closing)
            return;
        m_closing = true;
        m_deadline.stop();
        m_idle.start(kCloseGraceMs);
        m_socket->disconnectFromHost();
    }

    void cut()
    {
        m_closing = true;
        m_idle.stop();
        m_deadline.stop();
        m_socket->abort();
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
        // QHttpServer before 6.8 deletes a socket when it disconnects, except after a malformed request,
        // where it drops its connections to the socket: make sure it goes.
        m_socket->deleteLater();
#endif
    }

    void onDisconnected()
    {
        m_idle.stop();
        m_deadline.stop();
        release();
    }

    void release()
    {
        if (m_released)
            return;
        m_released = true;
        if (m_receiver)
            m_receiver->connectionClosed();
    }

    QTcpSocket *m_socket;
    QPointer<WebhookReceiver> m_receiver;
    const WebhookReceiver::Limits m_limits;
    QTimer m_idle;
    QTimer m_deadline;
    QByteArray m_head; // the request so far, until the end of its headers
    bool m_headerDone = false;
    qint64 m_contentLength = -1; // -1: not announced
    qint64 m_bodySeen = 0;
    qint64 m_discarded = 0;
    bool m_refused = false;
    bool m_answered = false;
    bool m_closeWhenWritten = false;
    bool m_closing = false;
    bool m_released = false;
};

// Accepts connections for QHttpServer, with a guard on each, and refuses those beyond the cap.
class GuardedTcpServer : public QTcpServer
{
public:
    explicit GuardedTcpServer(WebhookReceiver *receiver)
        : m_receiver(receiver)
    {}

protected:
    void incomingConnection(qintptr handle) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(handle)) {
            delete socket;
            return;
        }
        if (!m_receiver || !m_receiver->admitConnection()) {
            if (m_receiver) {
                m_receiver->recordRejection(
                    503, QT_TRANSLATE_NOOP("cw::WebhookReceiver", "Too many open connections"), {});
            }
            socket->write(rawResponse(503, QStringLiteral("too many open connections")));
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QTimer::singleShot(kCloseGraceMs, socket, [socket] {
                socket->abort();
                socket->deleteLater();
            });
            socket->disconnectFromHost();
            return;
        }
        new ConnectionGuard(socket, m_receiver); // connects to the socket before QHttpServer does
        addPendingConnection(socket);
    }

private:
    QPointer<WebhookReceiver> m_receiver;
};

} // namespace detail

WebhookReceiver::WebhookReceiver(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{}

WebhookReceiver::~WebhookReceiver()
{
    stop();
}

void WebhookReceiver::setSecret(const QByteArray &secret)
{
    m_secret = secret;
}

void WebhookReceiver::setToken(const QByteArray &token)
{
    m_token = token;
}

void WebhookReceiver::setDurableHandler(DurableHandler handler)
{
    m_durableHandler = std::move(handler);
}

void WebhookReceiver::setLimits(const Limits &limits)
{
    m_limits = limits;
    m_limits.maxBodyBytes = qMax<qint64>(1, limits.maxBodyBytes);
    m_limits.maxHeaderBytes = qMax(256, limits.maxHeaderBytes);
    m_limits.maxConnections = qMax(1, limits.maxConnections);
    m_limits.duplicateMemory = qMax(0, limits.duplicateMemory);
    while (m_recentOrder.size() > m_limits.duplicateMemory)
        m_recent.remove(m_recentOrder.takeFirst());
}

bool WebhookReceiver::start(const QHostAddress &address, quint16 port, QString *error)
{
    stop();
    auto tcp = std::make_unique<detail::GuardedTcpServer>(this);
    if (!tcp->listen(address, port)) {
        const QString message = tr("Could not listen on %1 port %2: %3")
                                    .arg(address.toString())
                                    .arg(port)
                                    .arg(tcp->errorString());
        qCWarning(lcWebhook).noquote() << message;
        setState(State::Error, message);
        if (error)
            *error = message;
        return false;
    }
    m_address = tcp->serverAddress();
    m_port = tcp->serverPort();

    m_server = std::make_unique<QHttpServer>();
    m_server->route(QString(Path), [this](const QHttpServerRequest &request) { return handle(request); });
    m_tcp = tcp.release();
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    if (!m_server->bind(m_tcp)) {
        delete m_tcp;
        m_tcp = nullptr;
        m_server.reset();
        const QString message = tr("Could not start the webhook receiver");
        setState(State::Error, message);
        if (error)
            *error = message;
        return false;
    }
#else
    m_server->bind(m_tcp); // parents the TCP server
#endif
    setState(State::Listening);
    qCInfo(lcWebhook).noquote() << "webhook receiver listening on" << url().toString()
                                << (hasSecret() ? "(signatures checked)" : "(signatures not checked)");
    return true;
}

void WebhookReceiver::stop()
{
    if (m_server) {
        // Close every connection, then drop the server with everything it owns.
        const QList<QTcpSocket *> sockets = m_server->findChildren<QTcpSocket *>();
        for (QTcpSocket *socket : sockets)
            socket->abort();
        m_server.reset();
        m_tcp = nullptr;
        m_openConnections = 0;
        qCInfo(lcWebhook) << "webhook receiver stopped";
    }
    m_port = 0;
    if (m_state != State::Off)
        setState(State::Off);
}

void WebhookReceiver::setState(State state, const QString &error)
{
    const bool changed = state != m_state || error != m_errorString;
    m_state = state;
    m_errorString = error;
    if (changed)
        Q_EMIT stateChanged(state);
}

QUrl WebhookReceiver::url() const
{
    if (m_state != State::Listening)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_address.toString());
    url.setPort(m_port);
    url.setPath(QString(Path));
    return url;
}

bool WebhookReceiver::parseListenAddress(QStringView text, QHostAddress *address, quint16 *port,
                                         QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const QString trimmed = text.trimmed().toString();
    QString host;
    QString portText;
    if (trimmed.startsWith(QLatin1Char('['))) {
        const qsizetype close = trimmed.indexOf(QLatin1Char(']'));
        if (close < 0 || close + 1 >= trimmed.size() || trimmed.at(close + 1) != QLatin1Char(':'))
            return fail(tr("write an IPv6 address in brackets with a port, like [::1]:8787"));
        host = trimmed.mid(1, close - 1);
        portText = trimmed.mid(close + 2);
    } else if (const qsizetype colon = trimmed.lastIndexOf(QLatin1Char(':')); colon >= 0) {
        host = trimmed.left(colon);
        portText = trimmed.mid(colon + 1);
        if (host.contains(QLatin1Char(':')))
            return fail(tr("write an IPv6 address in brackets, like [::1]:8787"));
    } else {
        portText = trimmed;
    }
    if (host.isEmpty())
        host = QStringLiteral("127.0.0.1");
    bool ok = false;
    const uint number = portText.toUInt(&ok);
    if (!ok || number < 1 || number > 65535)
        return fail(tr("\"%1\" is not a port number (1-65535)").arg(portText.left(40)));
    const QHostAddress parsed(host);
    if (parsed.isNull())
        return fail(tr("\"%1\" is not an IP address; use 127.0.0.1, ::1 or 0.0.0.0").arg(host.left(80)));
    if (address)
        *address = parsed;
    if (port)
        *port = quint16(number);
    return true;
}

QUrl WebhookReceiver::localUrl() const
{
    QUrl local = url();
    if (local.isEmpty())
        return local;
    if (m_address == QHostAddress::AnyIPv4 || m_address == QHostAddress::Any)
        local.setHost(QStringLiteral("127.0.0.1"));
    else if (m_address == QHostAddress::AnyIPv6)
        local.setHost(QStringLiteral("::1"));
    return local;
}

bool WebhookReceiver::sendTestEvent()
{
    const QUrl target = localUrl();
    if (target.isEmpty())
        return false;
    const QDateTime now = m_clock.now().toUTC();
    const QString batchId = QStringLiteral("callwatch-test-") + QUuid::createUuid().toString(QUuid::Id128);
    const QJsonObject statistics{
        {QStringLiteral("total"), 1},        {QStringLiteral("processed"), 1},
        {QStringLiteral("succeeded"), 1},    {QStringLiteral("failed"), 0},
        {QStringLiteral("pending"), 0},      {QStringLiteral("percentComplete"), 100},
        {QStringLiteral("successRate"), 100}};
    const QString stamp = now.toString(Qt::ISODateWithMs);
    const QJsonObject timestamps{{QStringLiteral("createdAt"), stamp},
                                 {QStringLiteral("startedAt"), stamp},
                                 {QStringLiteral("completedAt"), stamp}};
    const QJsonObject event{{QStringLiteral("event"), QStringLiteral("batch.completed")},
                            {QStringLiteral("batchId"), batchId},
                            {QStringLiteral("agentId"), QStringLiteral("callwatch-test")},
                            {QStringLiteral("userId"), QStringLiteral("callwatch-test")},
                            {QStringLiteral("statistics"), statistics},
                            {QStringLiteral("timestamps"), timestamps}};
    const QByteArray body = QJsonDocument(event).toJson(QJsonDocument::Compact);
    QNetworkRequest request(target);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(5'000);
    if (!m_secret.isEmpty())
        request.setRawHeader(QByteArray(SignatureHeader.data(), SignatureHeader.size()),
                             signatureFor(body, m_secret));
    if (!m_token.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + m_token);
    if (!m_testNetwork) {
        m_testNetwork = new QNetworkAccessManager(this);
        m_testNetwork->setProxy(QNetworkProxy::NoProxy); // loopback, never through a proxy
    }
    QNetworkReply *reply = m_testNetwork->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        Q_EMIT testEventFinished(status, status == 0 ? reply->errorString() : QString());
    });
    return true;
}

QByteArray WebhookReceiver::signatureFor(const QByteArray &body, const QByteArray &secret)
{
    return QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
}

bool WebhookReceiver::constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

bool WebhookReceiver::admitConnection()
{
    if (m_openConnections >= m_limits.maxConnections)
        return false;
    ++m_openConnections;
    return true;
}

void WebhookReceiver::connectionClosed()
{
    if (m_openConnections > 0)
        --m_openConnections;
}

void WebhookReceiver::recordRejection(int status, const char *reason, const QString &detail)
{
    ++m_rejected;
    QString text = tr(reason);
    if (!detail.isEmpty())
        text += QLatin1String(": ") + detail;
    m_lastRejection = Rejection{status, text, m_clock.now()};
    qCDebug(lcWebhook).noquote() << "refused a delivery with" << status << wireText(reason, detail);
    Q_EMIT rejected(status, text);
    Q_EMIT statisticsChanged();
}

QHttpServerResponse WebhookReceiver::refuse(int status, const char *reason, const QString &detail)
{
    recordRejection(status, reason, detail);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (status == 405)
        headers.append({QByteArrayLiteral("Allow"), QByteArrayLiteral("POST")});
    if (status == 401 && hasToken())
        headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")});
    if (status == 503)
        headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("5")});
    return jsonResponse(status, errorBody(status, wireText(reason, detail)), headers);
}

bool WebhookReceiver::bearerTokenMatches(const QByteArray &authorization, const QByteArray &token)
{
    if (token.isEmpty())
        return false;
    const QByteArray header = authorization.trimmed();
    const QByteArray scheme = QByteArrayLiteral("bearer ");
    if (header.size() <= scheme.size() || header.left(scheme.size()).toLower() != scheme)
        return false;
    // Digests have one length whatever the token's: nothing about it leaks through timing.
    return constantTimeEquals(sha256(header.mid(scheme.size()).trimmed()), sha256(token));
}

bool WebhookReceiver::signatureMatches(const QByteArray &signature, const QByteArray &body,
                                       const QByteArray &secret)
{
    if (secret.isEmpty())
        return false;
    QByteArray given = signature.trimmed();
    if (given.size() > 7 && given.left(7).toLower() == "sha256=")
        given = given.mid(7);
    if (given.size() != 64 || !isHex(given))
        return false;
    const QByteArray expected = QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256);
    return constantTimeEquals(QByteArray::fromHex(given), expected);
}

bool WebhookReceiver::checkToken(const QHttpServerRequest &request) const
{
    return m_token.isEmpty() ||
           bearerTokenMatches(request.value(QByteArrayLiteral("Authorization")), m_token);
}

bool WebhookReceiver::checkSignature(const QHttpServerRequest &request) const
{
    return m_secret.isEmpty() ||
           signatureMatches(request.value(QByteArray(SignatureHeader.data(), SignatureHeader.size())),
                            request.body(), m_secret);
}

QHttpServerResponse WebhookReceiver::handle(const QHttpServerRequest &request)
{
    if (request.method() != QHttpServerRequest::Method::Post)
        return refuse(405, QT_TRANSLATE_NOOP("cw::WebhookReceiver", "Method not allowed"), {});
    const QByteArray body = request.body();
    if (body.size() > m_limits.maxBodyBytes) {
        return refuse(
            413, QT_TRANSLATE_NOOP("cw::WebhookReceiver", "Body too large"),
            QStringLiteral("%1 bytes, the limit is %2").arg(body.size()).arg(m_limits.maxBodyBytes));
    }
    if (!checkToken(request))
        return refuse(401, QT_TRANSLATE_NOOP("cw::WebhookReceiver", "Missing or wrong bearer token"), {});
    if (hasSecret()) {
        if (request.value(QByteArray(SignatureHeader.data(), SignatureHeader.size())).trimmed().isEmpty())
            return refuse(401, QT_TRANSLATE_NOOP("cw::WebhookReceiver", "Missing signature"), {});
        if (!checkSignature(request))
            return refuse(401, QT_TRANSLATE_NOOP("cw::WebhookReceiver", "Bad signature"), {});
    }
    const QByteArray contentType = request.value(QByteArrayLiteral("Content-Type"));
    if (!isJsonContentType(contentType)) {
        return refuse(415, QT_TRANSLATE_NOOP("cw::WebhookReceiver", "Content-Type must be application/json"),
                      contentType.isEmpty() ? QStringLiteral("none sent")
                                            : QString::fromLatin1(contentType.left(80)));
    }
    ParseResult<WebhookEvent> parsed = parseWebhookEvent(body, m_clock.now());
    if (!parsed)
        return refuse(400, QT_TRANSLATE_NOOP("cw::WebhookReceiver", "Malformed payload"),
                      parsed.error().toString());

    const QByteArray digest = sha256(body);
    if (m_recent.contains(digest)) {
        // Remembered only once it was answered 202: with a durable handler, it is already saved.
        ++m_accepted;
        ++m_duplicates;
        Q_EMIT statisticsChanged();
        QJsonObject answer{{QLatin1String("accepted"), true}, {QLatin1String("duplicate"), true}};
        return jsonResponse(200, QJsonDocument(answer).toJson(QJsonDocument::Compact));
    }
    // Acknowledged means durable: the handler records and commits what the event brings before the answer.
    if (m_durableHandler && !m_durableHandler(parsed.value())) {
        return refuse(
            503, QT_TRANSLATE_NOOP("cw::WebhookReceiver", "Event could not be saved, deliver it again"), {});
    }
    ++m_accepted;
    if (m_limits.duplicateMemory > 0) {
        m_recent.insert(digest);
        m_recentOrder.append(digest);
        while (m_recentOrder.size() > m_limits.duplicateMemory)
            m_recent.remove(m_recentOrder.takeFirst());
    }
    Q_EMIT statisticsChanged();
    // The sender gets its answer first; the event is announced from the event loop.
    QMetaObject::invokeMethod(
        this, [this, event = std::move(parsed.value())] { Q_EMIT eventReceived(event); },
        Qt::QueuedConnection);
    return jsonResponse(202, QByteArrayLiteral("{\"accepted\":true}"));
}

} // namespace cw

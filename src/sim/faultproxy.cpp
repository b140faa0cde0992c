#include "faultproxy.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <deque>
#include <utility>

#if defined(Q_OS_WIN)
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

namespace cw::sim {

namespace {

// Makes the next close() of the socket send a TCP RST instead of a FIN: what a crashed server or a
// middlebox dropping the connection looks like to the client.
void armReset(QTcpSocket *socket)
{
    const qintptr descriptor = socket->socketDescriptor();
    if (descriptor < 0)
        return;
    struct linger option = {};
    option.l_onoff = 1;
    option.l_linger = 0;
#if defined(Q_OS_WIN)
    ::setsockopt(static_cast<SOCKET>(descriptor), SOL_SOCKET, SO_LINGER,
                 reinterpret_cast<const char *>(&option), static_cast<int>(sizeof option));
#else
    ::setsockopt(static_cast<int>(descriptor), SOL_SOCKET, SO_LINGER, &option, sizeof option);
#endif
}

// Content-Length of a response header block, or -1 when the body is not delimited by it (absent header,
// chunked transfer encoding).
qint64 contentLength(const QByteArray &head)
{
    qint64 length = -1;
    const QList<QByteArray> lines = head.split('\n');
    for (const QByteArray &rawLine : lines) {
        const QByteArray line = rawLine.trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "transfer-encoding" && value.toLower() != "identity")
            return -1;
        if (name == "content-length") {
            bool ok = false;
            const qint64 parsed = value.toLongLong(&ok);
            if (!ok || parsed < 0)
                return -1;
            length = parsed;
        }
    }
    return length;
}

} // namespace

// One client connection and its upstream twin.
class FaultProxy::Connection : public QObject
{
public:
    Connection(FaultProxy *proxy, QTcpSocket *client, quint16 upstreamPort)
        : QObject(proxy)
        , m_proxy(proxy)
        , m_client(client)
        , m_upstream(new QTcpSocket(this))
    {
        m_client->setParent(this);
        m_clock.start();
        m_releaseTimer.setSingleShot(true);
        QObject::connect(&m_releaseTimer, &QTimer::timeout, this, [this] { flush(); });

        QObject::connect(m_client, &QTcpSocket::readyRead, this, [this] { forwardRequestBytes(); });
        QObject::connect(m_client, &QTcpSocket::disconnected, this, [this] { finish(); });
        QObject::connect(m_client, &QTcpSocket::errorOccurred, this, [this] { finish(); });

        QObject::connect(m_upstream, &QTcpSocket::connected, this, [this] { forwardRequestBytes(); });
        QObject::connect(m_upstream, &QTcpSocket::readyRead, this,
                         [this] { takeResponseBytes(m_upstream->readAll()); });
        QObject::connect(m_upstream, &QTcpSocket::disconnected, this, [this] { upstreamClosed(); });
        QObject::connect(m_upstream, &QTcpSocket::errorOccurred, this,
                         [this](QAbstractSocket::SocketError error) {
                             if (error != QAbstractSocket::RemoteHostClosedError)
                                 finish(); // could not reach the HTTP server: drop the client
                         });
        m_upstream->connectToHost(QHostAddress(QHostAddress::LocalHost), upstreamPort);
    }

    ~Connection() override
    {
        m_proxy->m_connections.remove(this);
        // No signal of the sockets may reach this half-destroyed object.
        m_client->disconnect(this);
        m_upstream->disconnect(this);
        m_client->abort();
        m_upstream->abort();
    }

    // Drops both sides at once (proxy shutdown or either side gone).
    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        m_releaseTimer.stop();
        m_client->disconnect(this);
        m_upstream->disconnect(this);
        m_client->abort();
        m_upstream->abort();
        deleteLater();
    }

private:
    struct Chunk
    {
        qint64 releaseAt = 0; // m_clock time
        QByteArray bytes;
        enum Then : quint8
        {
            Nothing,
            Reset,
            Close
        } then = Nothing;
    };

    enum class Framing : quint8
    {
        Headers,     // collecting a status line and headers
        Body,        // inside a Content-Length body
        Passthrough, // unframed: copy everything
    };

    void forwardRequestBytes()
    {
        if (m_finished)
            return;
        m_toUpstream += m_client->readAll();
        if (m_toUpstream.size() > maxBufferedRequestBytes) {
            finish();
            return;
        }
        if (m_upstream->state() == QAbstractSocket::ConnectedState && !m_toUpstream.isEmpty()) {
            m_upstream->write(m_toUpstream);
            m_toUpstream.clear();
        }
    }

    void takeResponseBytes(QByteArray data)
    {
        while (!data.isEmpty() && !m_finished) {
            if (m_stalled)
                return; // a stalled or reset connection forwards nothing more
            switch (m_framing) {
            case Framing::Passthrough:
                enqueue(std::move(data));
                return;
            case Framing::Headers: {
                m_head += data;
                data.clear();
                const qsizetype end = m_head.indexOf("\r\n\r\n");
                if (end < 0) {
                    if (m_head.size() > 64 * 1024) { // not HTTP as we know it: stop framing
                        m_framing = Framing::Passthrough;
                        data = std::exchange(m_head, {});
                    }
                    break;
                }
                const QByteArray head = m_head.left(end + 4);
                data = m_head.mid(end + 4);
                m_head.clear();
                startResponse(head);
                break;
            }
            case Framing::Body: {
                const qint64 take = std::min<qint64>(m_bodyRemaining, data.size());
                QByteArray piece = data.left(take);
                data.remove(0, take);
                if (m_fault != Fault::None && m_bodySent + take >= m_faultAt) {
                    enqueue(piece.left(m_faultAt - m_bodySent));
                    applyFault();
                    return;
                }
                enqueue(std::move(piece));
                m_bodySent += take;
                m_bodyRemaining -= take;
                if (m_bodyRemaining == 0)
                    m_framing = Framing::Headers;
                break;
            }
            }
        }
    }

    void startResponse(const QByteArray &head)
    {
        const qint64 length = contentLength(head);
        m_fault = m_proxy->decideFault();
        if (m_fault == Fault::ResetBeforeResponse) {
            applyFault();
            return;
        }
        enqueue(head);
        if (length < 0) {
            // Cannot find the middle of an undelimited body: fault right after the headers.
            m_framing = Framing::Passthrough;
            if (m_fault != Fault::None)
                applyFault();
            return;
        }
        m_framing = Framing::Body;
        m_bodyRemaining = length;
        m_bodySent = 0;
        m_faultAt = length / 2;
        if (m_fault != Fault::None && m_faultAt == 0)
            applyFault();
        else if (length == 0)
            m_framing = Framing::Headers;
    }

    void applyFault()
    {
        m_stalled = true; // nothing more is forwarded either way
        if (m_fault == Fault::Stall) {
            ++m_proxy->m_stalled;
            return;
        }
        enqueue({}, Chunk::Reset);
    }

    void upstreamClosed()
    {
        if (m_stalled)
            return; // keep the client hanging
        enqueue({}, Chunk::Close);
    }

    void enqueue(QByteArray bytes, Chunk::Then then = Chunk::Nothing)
    {
        const qint64 due = std::max(m_lastRelease, m_clock.elapsed() + m_proxy->m_settings.latencyMs);
        m_lastRelease = due;
        m_pending.push_back(Chunk{due, std::move(bytes), then});
        flush();
    }

    void flush()
    {
        const qint64 now = m_clock.elapsed();
        while (!m_pending.empty() && !m_finished) {
            if (m_pending.front().releaseAt > now) {
                m_releaseTimer.start(static_cast<int>(m_pending.front().releaseAt - now));
                return;
            }
            Chunk chunk = std::move(m_pending.front());
            m_pending.pop_front();
            if (!chunk.bytes.isEmpty())
                m_client->write(chunk.bytes);
            if (chunk.then == Chunk::Reset) {
                ++m_proxy->m_resets;
                armReset(m_client);
                finish();
                return;
            }
            if (chunk.then == Chunk::Close) {
                m_client->disconnectFromHost(); // after the written bytes have gone out
                return;
            }
        }
    }

    FaultProxy *m_proxy;
    QTcpSocket *m_client;
    QTcpSocket *m_upstream;
    QByteArray m_toUpstream;
    QByteArray m_head;
    Framing m_framing = Framing::Headers;
    qint64 m_bodyRemaining = 0;
    qint64 m_bodySent = 0;
    qint64 m_faultAt = 0;
    Fault m_fault = Fault::None;
    bool m_stalled = false;
    bool m_finished = false;
    std::deque<Chunk> m_pending;
    QTimer m_releaseTimer;
    QElapsedTimer m_clock;
    qint64 m_lastRelease = 0;
};

FaultProxy::FaultProxy(quint64 seed, QObject *parent)
    : QObject(parent)
    , m_random(SimRandom::streamSeed(seed, 0xFA017))
{}

FaultProxy::~FaultProxy()
{
    close();
}

bool FaultProxy::listen(quint16 port, quint16 upstreamPort, QString *error)
{
    close();
    m_upstreamPort = upstreamPort;
    m_server = new QTcpServer(this);
    m_server->setMaxPendingConnections(64);
    QObject::connect(m_server, &QTcpServer::newConnection, this, [this] { onNewConnection(); });
    if (!m_server->listen(QHostAddress(QHostAddress::LocalHost), port)) {
        if (error)
            *error = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return false;
    }
    return true;
}

void FaultProxy::close()
{
    if (m_server) {
        m_server->close();
        delete m_server;
        m_server = nullptr;
    }
    // Each destructor removes itself from the set.
    const QSet<Connection *> connections = m_connections;
    for (Connection *connection : connections)
        delete connection;
}

bool FaultProxy::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 FaultProxy::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void FaultProxy::setSettings(const Settings &settings)
{
    m_settings = settings;
    m_settings.latencyMs = std::max(0, settings.latencyMs);
    m_settings.stallRate = std::clamp(settings.stallRate, 0.0, 1.0);
    m_settings.resetRate = std::clamp(settings.resetRate, 0.0, 1.0);
}

FaultProxy::Settings FaultProxy::settings() const
{
    return m_settings;
}

int FaultProxy::connectionCount() const
{
    return static_cast<int>(m_connections.size());
}

FaultProxy::Fault FaultProxy::decideFault()
{
    if (m_settings.resetRate > 0 && m_random.chance(m_settings.resetRate))
        return m_random.chance(0.5) ? Fault::ResetBeforeResponse : Fault::ResetMidBody;
    if (m_settings.stallRate > 0 && m_random.chance(m_settings.stallRate))
        return Fault::Stall;
    return Fault::None;
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_connections.size() >= maxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_connections.insert(new Connection(this, socket, m_upstreamPort));
    }
}

} // namespace cw::sim

#pragma once

#include "simrandom.h"

#include <QObject>
#include <QSet>

class QTcpServer;

// A loopback TCP proxy that sits in front of the simulator's QHttpServer and misbehaves on request.
// QHttpServer (6.4) answers synchronously and hides its sockets, so transport-level faults live here:
// clients connect to the proxy (the advertised port), every client connection gets its own upstream
// connection to the HTTP server on an internal 127.0.0.1 port, and bytes are copied both ways.
// The proxy frames HTTP/1.1 responses (status line + headers + Content-Length body) so that each
// response can be treated on its own:
//  * latency: every response byte is held back latencyMs before it is forwarded;
//  * stall:   the headers and half of the body are forwarded, then nothing more on that connection
//             (the client has to time out);
//  * reset:   the client connection is aborted with a TCP RST, either before any byte of the response or
//             after the headers and half of the body.
// Fault decisions use a seeded generator: for a seed and a request order they are reproducible.
// Responses without Content-Length (chunked, or delimited by close) are passed through untouched.
namespace cw::sim {

class FaultProxy : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        int latencyMs = 0;
        double stallRate = 0; // 0..1, per response
        double resetRate = 0; // 0..1, per response
    };

    // Guards against a misbehaving client: at most this many concurrent connections, and this many bytes
    // of request data buffered while the upstream connection is not ready.
    static constexpr int maxConnections = 256;
    static constexpr qint64 maxBufferedRequestBytes = 1 << 20;

    explicit FaultProxy(quint64 seed, QObject *parent = nullptr);
    ~FaultProxy() override;

    // Listens on 127.0.0.1:port (0 = ephemeral) and forwards to 127.0.0.1:upstreamPort.
    bool listen(quint16 port, quint16 upstreamPort, QString *error = nullptr);
    // Stops listening and aborts every connection.
    void close();
    bool isListening() const;
    quint16 port() const;

    void setSettings(const Settings &settings);
    Settings settings() const;

    int connectionCount() const;
    quint64 stalledResponses() const { return m_stalled; }
    quint64 resetConnections() const { return m_resets; }

private:
    class Connection;
    friend class Connection;

    enum class Fault : quint8
    {
        None,
        Stall,
        ResetBeforeResponse,
        ResetMidBody,
    };
    Fault decideFault();
    void onNewConnection();

    QTcpServer *m_server = nullptr;
    quint16 m_upstreamPort = 0;
    Settings m_settings;
    SimRandom m_random;
    QSet<Connection *> m_connections;
    quint64 m_stalled = 0;
    quint64 m_resets = 0;
};

} // namespace cw::sim

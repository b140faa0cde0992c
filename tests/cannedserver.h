#pragma once

// A tiny HTTP server for tests: answers every path it was given with a canned status, headers and body,
// and records what it received. Listens on 127.0.0.1, ephemeral port; stops with the object.
#include <QHash>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QList>
#include <QPair>
#include <QTcpServer>
#include <QUrl>
#include <QtGlobal>

namespace cw::test {

class CannedServer
{
public:
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = QByteArrayLiteral("application/json");
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    struct Seen
    {
        QString path;
        QString query;
        QByteArray authorization;
    };

    explicit CannedServer(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost))
    {
        // bind() exists from 6.4 on; listen() is gone from 6.8. The HTTP server parents the TCP server.
        auto *tcp = new QTcpServer;
        if (!tcp->listen(address, 0)) {
            delete tcp;
            return;
        }
        m_port = tcp->serverPort();
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
        if (!m_server.bind(tcp))
            m_port = 0;
#else
        m_server.bind(tcp);
#endif
    }

    bool isListening() const
    {
        return m_port != 0;
    }
    quint16 port() const
    {
        return m_port;
    }
    QUrl url(const QString &host = QStringLiteral("127.0.0.1")) const
    {
        QUrl u;
        u.setScheme(QStringLiteral("http"));
        u.setHost(host);
        u.setPort(m_port);
        return u;
    }

    // Registers `path`; every request to it gets `answer` (change it any time with setAnswer).
    void serve(const QString &path, const Answer &answer)
    {
        const bool known = m_answers.contains(path);
        m_answers.insert(path, answer);
        if (known)
            return;
        m_server.route(path, [this, path](const QHttpServerRequest &request) {
            m_seen.append({path, request.url().query(QUrl::FullyEncoded), request.value("Authorization")});
            const Answer &a = m_answers.value(path);
            QHttpServerResponse response(a.contentType, a.body, QHttpServerResponder::StatusCode(a.status));
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
            QHttpHeaders headers = response.headers();
            for (const auto &header : a.headers)
                headers.append(header.first, header.second);
            response.setHeaders(std::move(headers));
#else
            for (const auto &header : a.headers)
                response.addHeader(header.first, header.second);
#endif
            return response;
        });
    }

    const QList<Seen> &seen() const
    {
        return m_seen;
    }

private:
    QHttpServer m_server;
    quint16 m_port = 0;
    QHash<QString, Answer> m_answers;
    QList<Seen> m_seen;
};

} // namespace cw::test

#include "apierror.h"

#include <QCoreApplication>

namespace cw {

namespace {

// Server text is shown on one line and never floods the status bar.
constexpr qsizetype kMaxShownLength = 300;

QString oneLine(const QString &text)
{
    QString line = text.simplified();
    if (line.size() > kMaxShownLength) {
        line.truncate(kMaxShownLength - 1);
        line.append(QChar(0x2026));
    }
    return line;
}

// "Not enough Dialgen credits" + 402 -> "Not enough Dialgen credits (HTTP 402)".
QString withHttpStatus(const QString &what, int status)
{
    if (status <= 0)
        return what;
    //: %1 is a sentence such as "Dialgen server error", %2 the HTTP status code (503)
    return QCoreApplication::translate("cw::ApiError", "%1 (HTTP %2)").arg(what).arg(status);
}

// "<what>: <reason>", or just "<what>" when there is no reason to add.
QString withReason(const QString &what, const QString &reason)
{
    const QString shown = oneLine(reason);
    if (shown.isEmpty())
        return what;
    //: %1 says what went wrong, %2 is the server's or the system's own explanation
    return QCoreApplication::translate("cw::ApiError", "%1: %2").arg(what, shown);
}

} // namespace

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Server:
    case Kind::RateLimited:
        return true;
    case Kind::None:
    case Kind::BadRequest:
    case Kind::Unauthorized:
    case Kind::PaymentRequired:
    case Kind::Forbidden:
    case Kind::NotFound:
    case Kind::Conflict:
    case Kind::HttpOther:
    case Kind::MalformedBody:
    case Kind::InsecureUrl:
    case Kind::MissingApiKey:
    case Kind::Cancelled:
        break;
    }
    return false;
}

ApiError ApiError::fromHttpStatus(int status)
{
    ApiError error;
    error.httpStatus = status;
    if (status >= 200 && status <= 299)
        error.kind = Kind::None;
    else if (status <= 0)
        error.kind = Kind::Network; // no HTTP answer at all
    else if (status == 400)
        error.kind = Kind::BadRequest;
    else if (status == 401)
        error.kind = Kind::Unauthorized;
    else if (status == 402)
        error.kind = Kind::PaymentRequired;
    else if (status == 403)
        error.kind = Kind::Forbidden;
    else if (status == 404)
        error.kind = Kind::NotFound;
    else if (status == 409)
        error.kind = Kind::Conflict;
    else if (status == 429)
        error.kind = Kind::RateLimited;
    else if (status >= 500 && status <= 599)
        error.kind = Kind::Server;
    else
        error.kind = Kind::HttpOther;
    return error;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("no error");
    case Kind::BadRequest:
        return QStringLiteral("HTTP 400 Bad Request");
    case Kind::Unauthorized:
        return QStringLiteral("HTTP 401 Unauthorized");
    case Kind::PaymentRequired:
        return QStringLiteral("HTTP 402 Payment Required");
    case Kind::Forbidden:
        return QStringLiteral("HTTP 403 Forbidden");
    case Kind::NotFound:
        return QStringLiteral("HTTP 404 Not Found");
    case Kind::Conflict:
        return QStringLiteral("HTTP 409 Conflict");
    case Kind::RateLimited:
        return QStringLiteral("HTTP 429 Too Many Requests");
    case Kind::Server:
        return QStringLiteral("HTTP 5xx server error");
    case Kind::HttpOther:
        return QStringLiteral("HTTP error");
    case Kind::Network:
        return QStringLiteral("network error");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::MalformedBody:
        return QStringLiteral("malformed response");
    case Kind::InsecureUrl:
        return QStringLiteral("insecure or invalid URL");
    case Kind::MissingApiKey:
        return QStringLiteral("missing API key");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown error");
}

QString ApiError::userMessage() const
{
    // The server's words, with its code when the words do not already contain it.
    QString server = serverMessage.simplified();
    const QString code = serverCode.simplified();
    if (server.isEmpty())
        server = code;
    else if (!code.isEmpty() && !server.contains(code, Qt::CaseInsensitive))
        server = QCoreApplication::translate("cw::ApiError", "%1 (%2)").arg(server, code);

    switch (kind) {
    case Kind::None:
        return {};
    case Kind::BadRequest:
        return withReason(
            withHttpStatus(QCoreApplication::translate("cw::ApiError", "Dialgen rejected the request"),
                           httpStatus),
            server);
    case Kind::Unauthorized:
        return withReason(
            withHttpStatus(QCoreApplication::translate("cw::ApiError", "The API key was rejected"),
                           httpStatus),
            server);
    case Kind::PaymentRequired:
        return withReason(
            withHttpStatus(QCoreApplication::translate("cw::ApiError", "Not enough Dialgen credits"),
                           httpStatus),
            server);
    case Kind::Forbidden:
        return withReason(withHttpStatus(QCoreApplication::translate(
                                             "cw::ApiError", "This API key is not allowed to see that data"),
                                         httpStatus),
                          server);
    case Kind::NotFound:
        return withReason(withHttpStatus(QCoreApplication::translate(
                                             "cw::ApiError", "Dialgen does not know that call or batch"),
                                         httpStatus),
                          server);
    case Kind::Conflict:
        return withReason(
            withHttpStatus(
                QCoreApplication::translate("cw::ApiError", "A call is already in progress for that contact"),
                httpStatus),
            server);
    case Kind::RateLimited:
        return withReason(withHttpStatus(QCoreApplication::translate("cw::ApiError",
                                                                     "Dialgen asked CallWatch to slow down"),
                                         httpStatus),
                          server);
    case Kind::Server:
        return withReason(
            withHttpStatus(QCoreApplication::translate("cw::ApiError", "Dialgen server error"), httpStatus),
            server);
    case Kind::HttpOther:
        return withReason(
            withHttpStatus(QCoreApplication::translate("cw::ApiError", "Unexpected answer from Dialgen"),
                           httpStatus),
            server.isEmpty() ? detail : server);
    case Kind::Network:
        return withReason(QCoreApplication::translate("cw::ApiError", "Could not reach Dialgen"),
                          detail.isEmpty() ? server : detail);
    case Kind::Timeout:
        return QCoreApplication::translate("cw::ApiError", "Dialgen did not answer in time");
    case Kind::MalformedBody:
        return withReason(
            QCoreApplication::translate("cw::ApiError", "Dialgen sent a response CallWatch could not read"),
            detail);
    case Kind::InsecureUrl:
        return withReason(
            QCoreApplication::translate("cw::ApiError",
                                        "Refusing to send the API key to an insecure or invalid address"),
            detail);
    case Kind::MissingApiKey:
        return QCoreApplication::translate("cw::ApiError", "No Dialgen API key is set up");
    case Kind::Cancelled:
        return QCoreApplication::translate("cw::ApiError", "The request was cancelled");
    }
    return withReason(QCoreApplication::translate("cw::ApiError", "Unknown error"), server);
}

} // namespace cw

#pragma once

#include <QMetaType>
#include <QString>

namespace cw {

// A failed Dialgen request, typed so callers can react (stop on Unauthorized, back off on Server...),
// and keeping the server's own words for the user.
struct ApiError
{
    enum class Kind : quint8
    {
        None = 0,
        BadRequest,      // 400
        Unauthorized,    // 401
        PaymentRequired, // 402: not enough credits
        Forbidden,       // 403
        NotFound,        // 404
        Conflict,        // 409
        RateLimited,     // 429
        Server,          // 5xx
        HttpOther,       // any other non-2xx
        Network,         // connection refused / reset / DNS / TLS ...
        Timeout,         // transfer timeout
        MalformedBody,   // 2xx with a body we could not parse
        InsecureUrl,     // http:// to a non-loopback host, or a bad base URL
        MissingApiKey,   // no key configured
        Cancelled,       // aborted by us
    };

    Kind kind = Kind::None;
    int httpStatus = 0;         // 0 when no HTTP answer
    QString serverMessage;      // the server's own text (message / error / plain body), may be empty
    QString serverCode;         // the server's "code" field, if any
    QString detail;             // our technical detail: parse error, network error string, URL
    int retryAfterSeconds = -1; // from Retry-After (seconds or HTTP date), -1 when absent

    bool isError() const { return kind != Kind::None; }
    // Worth trying again later without user action: network, timeout, 5xx, 429.
    bool isTransient() const;
    // 2xx -> None, 400/401/402/403/404/409/429 -> their kinds, 5xx -> Server, other codes -> HttpOther,
    // 0 or less (no HTTP answer) -> Network. httpStatus is set to `status`.
    static ApiError fromHttpStatus(int status);
    // "HTTP 401 Unauthorized" / "network error" ... short English name of the kind.
    static QString kindName(Kind kind);
    // One clear line for people: what happened, plus the server's own message when it gave one.
    // ("The API key was rejected (HTTP 401): Invalid API key"). Empty for Kind::None.
    QString userMessage() const;
};

} // namespace cw

Q_DECLARE_METATYPE(cw::ApiError)

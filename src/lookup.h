#pragma once

#include "apierror.h"
#include "dialgenclient.h"

#include <QByteArray>
#include <QString>

namespace cw {

// The outcome of one ad-hoc call lookup (`callwatch --lookup ID --json`), ready to be written out:
// main() prints stdoutText as it is, stderrLine (when not empty) as "callwatch: <line>", and exits with
// exitCode. Neither text ever contains the API key.
struct LookupResult
{
    enum Exit : int
    {
        Found = 0,       // stdoutText holds the call
        BadUsage = 2,    // invalid call id, unusable base URL (or, in main, a bad command line)
        NotFound = 3,    // 404 from the live and then the persistent endpoint
        KeyRejected = 4, // 401 / 403, or no API key set
        Failed = 5,      // network, TLS, timeout, malformed response, 5xx, 429, any other HTTP error
    };

    int exitCode = Failed;
    QByteArray stdoutText; // Found: one compact UTF-8 JSON object and '\n'; otherwise empty
    QString stderrLine;    // otherwise: one line without a trailing newline; empty when Found
};

// The exit code for a failed lookup (Kind::None gives Found).
int lookupExitCode(ApiError::Kind kind);

// Removes every occurrence of `apiKey` from `text` (keys shorter than 8 characters are not real keys and
// are left alone, so that a test key "k" does not blank out every k), and turns control characters and
// line breaks into spaces so that server text stays on one line and cannot drive the terminal.
QString sanitizedLine(const QString &text, const QString &apiKey);

// Looks `callId` up with DialgenClient::fetchCall (live endpoint, then the persistent one on 404) and
// waits for the answer in a local event loop (a QCoreApplication must exist). `timeoutMs` bounds the
// whole lookup (both requests); <= 0 leaves only the client's per-request transfer timeout.
// The printed JSON is CallSnapshot::toJson(): the live endpoint's field names, null where unknown, plus
// any further fields known. An id the window would refuse (isPlausibleId() in idlist.h) is bad usage and
// sends nothing.
LookupResult runLookup(const ClientConfig &config, const QString &callId, int timeoutMs = 45000);

} // namespace cw

#pragma once

#include <QString>

namespace cw {

// What a call's `error` field means, for people. The field holds a documented code (BUSY) or prose
// ("Call was not answered"); known prose is mapped back to its code.
struct ErrorExplanation
{
    QString code; // INVALID_NUMBER, BUSY, NO_ANSWER, NETWORK_ERROR, INSUFFICIENT_CREDITS; empty if unknown
    QString raw;  // the field as received
    QString shortText;   // "Line busy"
    QString explanation; // a sentence or two in plain words
    QString retry;       // Dialgen's retry behaviour for this error
    bool known = false;
};

enum class RetryBehaviour : quint8
{
    Never,
    AfterBusyDelay,
    AfterNoAnswerDelay,
    Maybe,
    Unknown
};

// Maps a raw error field to its documented code; empty when it matches none.
QString normalizeErrorCode(QStringView raw);
RetryBehaviour retryBehaviour(QStringView code);
ErrorExplanation explainError(const QString &raw);
// "BUSY — Line busy" for a table cell; the raw text when unknown; empty when there is no error.
QString errorCellText(const QString &raw);

} // namespace cw

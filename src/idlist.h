#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace cw {

// Call and batch ids as a supervisor pastes them: one per line, or separated by commas, semicolons, tabs or
// spaces, possibly copied from a spreadsheet with quotes around them. Ids are opaque (call_123, clx…,
// CA…): they are kept verbatim, never parsed, never case-folded.

// The longest id accepted, in UTF-16 code units. Dialgen's ids are a few dozen ASCII characters.
inline constexpr qsizetype MaxIdLength = 200;

// True for 1..MaxIdLength characters that are all printable, with no whitespace, no control or format
// characters (zero-width spaces, BOMs, bidi marks), no lone surrogates or unassigned code points, no
// U+FFFD (what undecodable bytes become), and none of the quote and angle-bracket characters " ' < > and
// “ ” ‘ ’ (so a valid id pasted again, which strips quotes, stays the same id).
bool isPlausibleId(QStringView id);

// One pasted entry tidied up: surrounding whitespace trimmed, then one pair of matching surrounding quotes
// removed ("call_1", 'call_1', “call_1”, ‘call_1’ -> call_1) and trimmed again. Nothing else changes.
QString cleanIdEntry(QStringView entry);

// Splits pasted text on line breaks (\n, \r\n, \r, U+2028/U+2029), commas, semicolons, tabs and any other
// Unicode whitespace; a leading byte-order mark (U+FEFF) is dropped. Every entry goes through cleanIdEntry();
// empty entries are dropped. Order and repeats are kept; nothing is validated.
QStringList splitIds(const QString &text);

struct IdParseResult
{
    QStringList valid;      // plausible ids, first-seen order, each once
    QStringList invalid;    // entries that are not plausible ids, first-seen order, each once
    QStringList duplicates; // every repeat of an entry already seen (valid or not), in order of appearance
    // valid.size() + invalid.size() + duplicates.size() == splitIds(text).size()
};

// splitIds(), then de-duplicated (the first occurrence counts) and classified with isPlausibleId().
IdParseResult parseIds(const QString &text);

} // namespace cw

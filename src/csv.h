#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class QAbstractItemModel;

namespace cw {

// CSV as spreadsheets write and read it (RFC 4180, plus what Excel and LibreOffice really produce).

// Inputs larger than this are refused with an error rather than read.
inline constexpr qsizetype CsvMaxBytes = 50 * 1024 * 1024;
// A file with more fields than this is refused too (50 MB of commas would otherwise be 50 million strings).
inline constexpr qsizetype CsvMaxCells = 5'000'000;

struct CsvLimits
{
    qsizetype maxBytes = CsvMaxBytes;
    qsizetype maxCells = CsvMaxCells;
};

struct CsvReadResult
{
    QList<QStringList> rows; // every record in file order, a header line included; ragged rows kept as is
    QList<int> lines;        // lines[i]: the 1-based line of the input where rows[i] starts
    QChar delimiter = u',';
    QString encoding; // "UTF-8", "UTF-16LE", "UTF-16BE" or "Windows-1252"
    bool hadBom = false;
    QString error;     // empty when the whole input was read; a sentence for the user otherwise
    int errorLine = 0; // the 1-based line the error is about, 0 when it is about the whole input
    bool ok() const { return error.isEmpty(); }
};

// Reads CSV text.
// - Encoding: UTF-8 with or without a byte-order mark; UTF-16 with a byte-order mark (Excel's "Unicode
//   text"). Bytes that are not valid UTF-8 are read as Windows-1252 (what Excel writes as "CSV" on Western
//   Windows). Input with NUL bytes otherwise is binary and refused.
// - Records end at CRLF, LF or CR; a final line break is optional; completely empty lines are skipped.
// - A field that starts with " is quoted: it may hold delimiters, line breaks (kept verbatim) and "" for a
//   quote. Characters after its closing quote are appended to it (Excel does the same). A " inside an
//   unquoted field is an ordinary character. Spaces are data: nothing is trimmed.
// - Delimiter: a first line "sep=X" (Excel's hint) names it and is skipped; otherwise whichever of comma,
//   semicolon and tab occurs most often outside quotes in the first record (ties: comma, then semicolon);
//   comma when none does (one column).
// - Errors: an unterminated quoted field (errorLine: the line where it opens; rows holds the records read
//   before it), input over limits.maxBytes, over limits.maxCells fields, binary input. Never crashes on any
//   input.
CsvReadResult readCsv(const QByteArray &data, const CsvLimits &limits = {});

struct CsvEntry
{
    int line = 0; // 1-based line of the input
    QString text;
    friend bool operator==(const CsvEntry &, const CsvEntry &) = default;
};

struct CallIdImport
{
    QStringList valid;          // plausible ids, file order, each once
    QList<CsvEntry> invalid;    // cells that are not plausible ids (first occurrence of each)
    QList<CsvEntry> duplicates; // every repeat of a cell already seen, valid or not
    int column = -1;            // 0-based column the ids were taken from; -1 when nothing was read
    QString header;             // that column's header cell; empty when the first row was data
    QChar delimiter = u',';
    QString error; // from readCsv(); nothing is imported then
    int errorLine = 0;
    bool ok() const { return error.isEmpty(); }
};

// Call ids from a CSV file (a CallWatch export, a Dialgen report, a spreadsheet column).
// - Column: the first header cell that reads "callId" / "call_id" / "call id" / "Call-ID" (compared
//   case-insensitively, ignoring spaces, '_' and '-'), else the first that reads "id", else the first column.
// - With no such header cell, the first row is taken as a header (and skipped) when its first cell is not a
//   plausible id ("Call", "ids for today", empty), or has no digit while the next row's first cell has one
//   ("ids" above "call_123"); otherwise it is data. Dialgen ids always carry digits, a header word rarely.
//   `header` says which way it went, so the UI can tell the user.
// - Every cell is tidied with cleanIdEntry() (trimmed, surrounding quotes removed), loses the apostrophe
//   writeCsv()'s formula guard may have put before = + - @, and is checked with isPlausibleId(); a cell
//   holding several ids is one invalid entry, not split. Empty cells and rows too
//   short to have the column are skipped silently.
// - All or nothing: when the file cannot be read (readCsv() error) no ids are returned.
CallIdImport importCallIds(const QByteArray &csv);

// Writes CSV for spreadsheets:
// - UTF-8 with a byte-order mark: without it Excel on Windows reads UTF-8 as the ANSI code page and
//   mangles every non-ASCII name; LibreOffice, Numbers, Python and readCsv() all accept the BOM.
// - Comma-separated, CRLF after every record (the last one too), no header line when header is empty.
// - A field is quoted when it holds a comma, semicolon, tab, quote, CR or LF, or starts or ends with
//   whitespace; quotes inside are doubled. A lone empty field is written as "" so the record is not an
//   empty line. The first field of the first record is quoted when it starts with "sep=" or U+FEFF, so it
//   is not taken for Excel's delimiter hint or a byte-order mark. Rows are written as given (ragged rows
//   stay ragged).
// - Formula injection: a cell that a spreadsheet would evaluate (first character, or first after leading
//   spaces, one of = + - @ or their full-width forms, or a first character tab or CR) gets a leading
//   apostrophe, so "=HYPERLINK(…)" shows as text. Exception: a cell made only of digits, spaces and
//   + - ( ) . , / with at least one digit (+15551234567, "+1 (555) 123-4567", -12.50) is left exactly as
//   it is: phone numbers must survive unchanged, and without letters, '!', ':' or '|' such a cell cannot
//   call a function or reach another cell or program (at worst Excel shows "+1-555-0100" as arithmetic).
QByteArray writeCsv(const QStringList &header, const QList<QStringList> &rows);

// The model's rows under the root (for a proxy: only the rows it lets through, in its order) with a header
// line of headerData(section, Qt::Horizontal, Qt::DisplayRole). Cells are Qt::DisplayRole text, except
// that columnRoles maps a column to another role to export instead (e.g. the recording column to
// Qt::ToolTipRole, which carries the full URL); where that role has no value, DisplayRole is used.
// Returns writeCsv() output; an empty array for a null model.
QByteArray exportModelCsv(const QAbstractItemModel *model, const QHash<int, int> &columnRoles = {});

} // namespace cw

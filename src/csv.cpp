#include "csv.h"

#include "idlist.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <QStringDecoder>

#include <array>
#include <cmath>

namespace cw {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80..0x9F; the five bytes it leaves undefined map to the C1
// controls as Windows itself does.
constexpr std::array<char16_t, 32> cp1252High = {
    u'\u20AC', u'\u0081', u'\u201A', u'\u0192', u'\u201E', u'\u2026', u'\u2020', u'\u2021',
    u'\u02C6', u'\u2030', u'\u0160', u'\u2039', u'\u0152', u'\u008D', u'\u017D', u'\u008F',
    u'\u0090', u'\u2018', u'\u2019', u'\u201C', u'\u201D', u'\u2022', u'\u2013', u'\u2014',
    u'\u02DC', u'\u2122', u'\u0161', u'\u203A', u'\u0153', u'\u009D', u'\u017E', u'\u0178',
};

QString decodeWindows1252(QByteArrayView bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *dst = out.data();
    for (const char byte : bytes) {
        const auto b = static_cast<unsigned char>(byte);
        *dst++ = (b >= 0x80 && b < 0xA0) ? QChar(cp1252High[b - 0x80]) : QChar(char16_t(b));
    }
    return out;
}

bool isFormulaTrigger(QChar c)
{
    switch (c.unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\uFF1D': // full-width = + - @, which some spreadsheets treat like their ASCII forms
    case u'\uFF0B':
    case u'\uFF0D':
    case u'\uFF20':
        return true;
    default:
        return false;
    }
}

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

// Index just past the line break at i (CRLF is one break).
qsizetype skipLineBreak(QStringView text, qsizetype i)
{
    if (text.at(i) == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
        return i + 2;
    return i + 1;
}

// Counts comma, semicolon and tab outside quoted fields in the first non-empty record starting at `from`.
// Like the parser, a quote opens a quoted field only at the start of a field.
QChar detectDelimiter(QStringView text, qsizetype from)
{
    qsizetype i = from;
    while (i < text.size() && isLineBreak(text.at(i)))
        ++i;
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    bool fieldStart = true;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"')
                    ++i; // an escaped quote
                else
                    quoted = false;
            }
            continue;
        }
        if (isLineBreak(c))
            break;
        if (c == u'"' && fieldStart) {
            quoted = true;
            fieldStart = false;
            continue;
        }
        fieldStart = c == u',' || c == u';' || c == u'\t';
        commas += c == u',';
        semicolons += c == u';';
        tabs += c == u'\t';
    }
    if (semicolons > commas && semicolons >= tabs)
        return u';';
    if (tabs > commas && tabs > semicolons)
        return u'\t';
    return u',';
}

class CsvParser
{
public:
    CsvParser(QStringView text, QChar delimiter, int firstLine, qsizetype maxCells, CsvReadResult &result)
        : m_text(text)
        , m_delimiter(delimiter)
        , m_line(firstLine)
        , m_maxCells(maxCells)
        , m_result(result)
    {}

    void run()
    {
        const qsizetype n = m_text.size();
        qsizetype i = 0;
        QStringList record;
        int recordLine = m_line;
        bool recordStarted = false; // any character of this record consumed (an empty line has none)

        while (i < n || recordStarted) {
            if (!recordStarted) {
                if (isLineBreak(m_text.at(i))) { // an empty line
                    i = skipLineBreak(m_text, i);
                    ++m_line;
                    continue;
                }
                recordStarted = true;
                recordLine = m_line;
            }
            // One field starting at i.
            QString field;
            if (i < n && m_text.at(i) == u'"') {
                if (!readQuoted(i, field)) {
                    m_result.error =
                        QCoreApplication::translate(
                            "cw::Csv", "Line %1: a quoted field is never closed (a \" without its closing "
                                       "\").")
                            .arg(m_quoteLine);
                    m_result.errorLine = m_quoteLine;
                    return;
                }
            }
            // Unquoted field, or what follows a closing quote: up to the delimiter or the line break.
            const qsizetype start = i;
            while (i < n && m_text.at(i) != m_delimiter && !isLineBreak(m_text.at(i)))
                ++i;
            field += m_text.sliced(start, i - start);

            if (++m_cells > m_maxCells) {
                m_result.error =
                    QCoreApplication::translate(
                        "cw::Csv", "Line %1: the file has more than %2 fields; CallWatch reads smaller "
                                   "CSV files.")
                        .arg(m_line)
                        .arg(m_maxCells);
                m_result.errorLine = m_line;
                return;
            }
            record.append(std::move(field));

            if (i < n && m_text.at(i) == m_delimiter) {
                ++i;
                continue; // another field follows, possibly an empty last one
            }
            // A line break or the end of the input ends the record.
            m_result.rows.append(std::move(record));
            m_result.lines.append(recordLine);
            record = QStringList();
            recordStarted = false;
            if (i < n) {
                i = skipLineBreak(m_text, i);
                ++m_line;
            }
        }
    }

private:
    // i is at the opening quote. On success i is just past the closing quote and field holds the content.
    bool readQuoted(qsizetype &i, QString &field)
    {
        m_quoteLine = m_line;
        const qsizetype n = m_text.size();
        ++i;
        qsizetype chunk = i;
        while (i < n) {
            const QChar c = m_text.at(i);
            if (c == u'"') {
                field += m_text.sliced(chunk, i - chunk);
                if (i + 1 < n && m_text.at(i + 1) == u'"') {
                    field += u'"';
                    i += 2;
                    chunk = i;
                    continue;
                }
                ++i;
                return true;
            }
            if (isLineBreak(c)) {
                i = skipLineBreak(m_text, i); // kept verbatim in the field, counted as one line
                ++m_line;
                continue;
            }
            ++i;
        }
        return false;
    }

    QStringView m_text;
    QChar m_delimiter;
    int m_line;
    int m_quoteLine = 0;
    qsizetype m_maxCells;
    qsizetype m_cells = 0;
    CsvReadResult &m_result;
};

bool decode(const QByteArray &data, CsvReadResult &result, QString &text)
{
    QByteArrayView bytes(data);
    const auto decodeUtf16 = [&](QStringConverter::Encoding encoding, const char *name) -> bool {
        result.hadBom = true;
        result.encoding = QLatin1String(name);
        QStringDecoder decoder(encoding);
        text = decoder.decode(bytes.sliced(2));
        if (decoder.hasError() || bytes.size() % 2 != 0) {
            result.error = QCoreApplication::translate(
                "cw::Csv", "The file starts like UTF-16 text but is not valid UTF-16.");
            return false;
        }
        return true;
    };
    if (bytes.startsWith("\xFF\xFE"))
        return decodeUtf16(QStringConverter::Utf16LE, "UTF-16LE") && !text.contains(QChar(u'\0'));
    if (bytes.startsWith("\xFE\xFF"))
        return decodeUtf16(QStringConverter::Utf16BE, "UTF-16BE") && !text.contains(QChar(u'\0'));
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        result.hadBom = true;
        bytes = bytes.sliced(3);
    }
    if (bytes.contains('\0'))
        return false;
    QStringDecoder utf8(QStringConverter::Utf8);
    text = utf8.decode(bytes);
    result.encoding = QStringLiteral("UTF-8");
    if (utf8.hasError()) {
        text = decodeWindows1252(bytes);
        result.encoding = QStringLiteral("Windows-1252");
    }
    return true;
}

// The file's first record may be Excel's "sep=;" hint. Returns the index just past it, or 0.
qsizetype readSepHint(QStringView text, QChar &delimiter)
{
    if (text.size() < 5 || !text.startsWith(u"sep=", Qt::CaseInsensitive))
        return 0;
    const QChar c = text.at(4);
    if (c == u'"' || isLineBreak(c))
        return 0;
    if (text.size() > 5 && !isLineBreak(text.at(5)))
        return 0;
    delimiter = c;
    return text.size() > 5 ? skipLineBreak(text, 5) : 5;
}

} // namespace

CsvReadResult readCsv(const QByteArray &data, const CsvLimits &limits)
{
    CsvReadResult result;
    if (data.size() > limits.maxBytes) {
        // Rounded up, so a file just over the limit does not read as "50.0 MB, up to 50.0 MB".
        const auto mb = [](qsizetype bytes) -> QString {
            return QLocale().toString(std::ceil(double(bytes) * 10 / (1024 * 1024)) / 10, 'f', 1);
        };
        result.error = QCoreApplication::translate(
                           "cw::Csv", "The file is %1 MB; CallWatch reads CSV files up to %2 MB.")
                           .arg(mb(data.size()), mb(limits.maxBytes));
        return result;
    }
    QString text;
    if (!decode(data, result, text)) {
        if (result.error.isEmpty())
            result.error = QCoreApplication::translate(
                "cw::Csv", "This is not a CSV text file: it contains binary data (NUL bytes).");
        return result;
    }
    QChar delimiter;
    const qsizetype start = readSepHint(text, delimiter);
    if (start == 0)
        delimiter = detectDelimiter(text, 0);
    result.delimiter = delimiter;
    CsvParser(QStringView(text).sliced(start), delimiter, start == 0 ? 1 : 2, limits.maxCells, result).run();
    return result;
}

namespace {

QString headerKey(const QString &cell)
{
    QString key = cleanIdEntry(cell).toCaseFolded();
    key.removeIf([](QChar c) { return c == u' ' || c == u'_' || c == u'-'; });
    return key;
}

bool hasDigit(QStringView s)
{
    for (const QChar c : s) {
        if (c.isDigit())
            return true;
    }
    return false;
}

} // namespace

CallIdImport importCallIds(const QByteArray &csv)
{
    CallIdImport out;
    const CsvReadResult read = readCsv(csv);
    out.delimiter = read.delimiter;
    if (!read.ok()) {
        out.error = read.error;
        out.errorLine = read.errorLine;
        return out;
    }
    if (read.rows.isEmpty())
        return out;

    const QStringList &first = read.rows.first();
    int callIdColumn = -1;
    int idColumn = -1;
    for (int c = 0; c < first.size(); ++c) {
        const QString key = headerKey(first.at(c));
        if (key == QLatin1String("callid") && callIdColumn < 0)
            callIdColumn = c;
        else if (key == QLatin1String("id") && idColumn < 0)
            idColumn = c;
    }
    bool firstIsHeader = true;
    if (callIdColumn >= 0) {
        out.column = callIdColumn;
    } else if (idColumn >= 0) {
        out.column = idColumn;
    } else {
        out.column = 0;
        const QString cell = cleanIdEntry(first.value(0));
        const bool nextHasDigit = read.rows.size() > 1 && hasDigit(read.rows.at(1).value(0));
        firstIsHeader = !isPlausibleId(cell) || (!hasDigit(cell) && nextHasDigit);
    }
    if (firstIsHeader)
        out.header = first.value(out.column);

    QSet<QString> seen;
    for (qsizetype r = firstIsHeader ? 1 : 0; r < read.rows.size(); ++r) {
        QString id = cleanIdEntry(read.rows.at(r).value(out.column));
        if (id.size() > 1 && id.front() == u'\'' && isFormulaTrigger(id.at(1)))
            id.remove(0, 1); // writeCsv()'s formula guard (an id never holds an apostrophe)
        if (id.isEmpty())
            continue;
        const int line = read.lines.at(r);
        if (seen.contains(id)) {
            out.duplicates.append(CsvEntry{line, id});
            continue;
        }
        seen.insert(id);
        if (isPlausibleId(id))
            out.valid.append(id);
        else
            out.invalid.append(CsvEntry{line, id});
    }
    return out;
}

namespace {

// Digits, spaces and + - ( ) . , / only, with at least one digit: a phone number or a plain number.
bool isNumberLike(QStringView s)
{
    bool digit = false;
    for (const QChar c : s) {
        if (c >= u'0' && c <= u'9')
            digit = true;
        else if (!(c == u' ' || c == u'+' || c == u'-' || c == u'(' || c == u')' || c == u'.' || c == u',' ||
                   c == u'/'))
            return false;
    }
    return digit;
}

bool needsFormulaGuard(QStringView s)
{
    if (s.isEmpty())
        return false;
    if (s.front() == u'\t' || s.front() == u'\r')
        return true;
    qsizetype i = 0;
    while (i < s.size() && s.at(i) == u' ')
        ++i;
    return i < s.size() && isFormulaTrigger(s.at(i)) && !isNumberLike(s);
}

bool needsQuotes(QStringView s)
{
    if (s.isEmpty())
        return false;
    if (s.front().isSpace() || s.back().isSpace())
        return true;
    for (const QChar c : s) {
        if (c == u',' || c == u';' || c == u'\t' || c == u'"' || c == u'\r' || c == u'\n')
            return true;
    }
    return false;
}

void appendField(QString &out, const QString &value, bool quote = false)
{
    QString cell = needsFormulaGuard(value) ? QString(QLatin1Char('\'') + value) : value;
    if (!quote && !needsQuotes(cell)) {
        out += cell;
        return;
    }
    cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    out += QLatin1Char('"') + cell + QLatin1Char('"');
}

void appendRecord(QString &out, const QStringList &fields, bool firstRecord)
{
    if (fields.size() == 1 && fields.first().isEmpty()) {
        out += QStringLiteral("\"\"\r\n"); // not an empty line, which readers skip
        return;
    }
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        // Quoted, so a reader takes it as data: a first line reading "sep=X" (Excel's delimiter hint, which
        // readCsv() drops too) and a first cell starting with U+FEFF (which readers drop as a second BOM).
        const QString &field = fields.at(i);
        appendField(out, field,
                    firstRecord && i == 0 &&
                        (field.startsWith(QLatin1String("sep="), Qt::CaseInsensitive) ||
                         field.startsWith(QChar(0xFEFF))));
    }
    out += QStringLiteral("\r\n");
}

} // namespace

QByteArray writeCsv(const QStringList &header, const QList<QStringList> &rows)
{
    QString text;
    bool first = true; // no record written yet (a row without fields is an empty line, which readers skip)
    const auto append = [&](const QStringList &fields) {
        appendRecord(text, fields, first);
        first = first && fields.isEmpty();
    };
    if (!header.isEmpty())
        append(header);
    for (const QStringList &row : rows)
        append(row);
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

QByteArray exportModelCsv(const QAbstractItemModel *model, const QHash<int, int> &columnRoles)
{
    if (!model)
        return {};
    const int columns = model->columnCount();
    const int rowCount = model->rowCount();
    QStringList header;
    header.reserve(columns);
    for (int c = 0; c < columns; ++c)
        header.append(model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    QList<QStringList> rows;
    rows.reserve(rowCount);
    for (int r = 0; r < rowCount; ++r) {
        QStringList row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c) {
            const QModelIndex index = model->index(r, c);
            QVariant value;
            if (const auto role = columnRoles.constFind(c); role != columnRoles.constEnd())
                value = model->data(index, *role);
            if (!value.isValid())
                value = model->data(index, Qt::DisplayRole);
            row.append(value.toString());
        }
        rows.append(std::move(row));
    }
    return writeCsv(header, rows);
}

} // namespace cw

// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exchange/CsvReader.h"

namespace tokdeck {

CsvReader::CsvReader(Limits limits)
    : m_limits(limits)
{}

bool CsvReader::feed(QByteArrayView bytes)
{
    if (!m_error.isEmpty())
        return false;
    // Decoded piece by piece, each piece ending at a line feed (a byte that never occurs inside
    // a UTF-8 sequence), so the first undecodable byte is known to be on m_line. The decoder
    // keeps a sequence cut by the end of a chunk for the next call.
    while (!bytes.isEmpty()) {
        const qsizetype newline = bytes.indexOf('\n');
        const qsizetype take = newline < 0 ? bytes.size() : newline + 1;
        const QString text = m_decoder.decode(bytes.first(take));
        bytes = bytes.sliced(take);
        if (m_decoder.hasError()) {
            m_error = tr("Line %1 is not UTF-8 text (the file is probably saved as Latin-1, "
                         "Windows-1252 or UTF-16). Save it as \"CSV UTF-8\" and import it again.")
                          .arg(m_line);
            return false;
        }
        if (!consume(text))
            return false;
    }
    return true;
}

bool CsvReader::consume(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() == 0xFEFF && m_line == 1 && m_current.fields.isEmpty() && m_field.isEmpty()
            && !m_fieldStarted)
            continue; // the BOM (QStringDecoder drops it too; this keeps it out if not)
        if (c.isNull()) {
            // Valid UTF-8, yet no CSV has NULs: UTF-16 text without a BOM looks like this.
            m_error = tr("Line %1 contains a NUL character: the file is probably UTF-16. Save "
                         "it as \"CSV UTF-8\" and import it again.")
                          .arg(m_line);
            return false;
        }
        if (m_quoted) {
            if (m_crInQuotes) {
                m_crInQuotes = false;
                if (c == QLatin1Char('\n')) {
                    ++m_line; // the LF of a CRLF already stored as one LF
                    continue;
                }
            }
            if (c == QLatin1Char('"')) {
                m_quoted = false;
                m_quoteJustClosed = true;
                continue;
            }
            if (c == QLatin1Char('\r')) {
                m_crInQuotes = true; // CRLF (or a lone CR) in a caption is one line break
                m_field += QLatin1Char('\n');
            } else {
                if (c == QLatin1Char('\n'))
                    ++m_line;
                m_field += c;
            }
        } else if (c == QLatin1Char('"') && m_quoteJustClosed) {
            m_field += QLatin1Char('"'); // "" inside a quoted field
            m_quoted = true;
            m_quoteJustClosed = false;
            continue;
        } else if (c == QLatin1Char('"') && !m_fieldStarted && m_field.isEmpty()) {
            m_quoted = true;
            m_fieldStarted = true;
            m_quoteOpenedOn = m_line;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            // CRLF: the LF ends the record; a lone CR is dropped.
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            ++m_line;
        } else {
            m_field += c;
            m_fieldStarted = true;
        }
        m_quoteJustClosed = false;
        if (m_field.size() > m_limits.maxFieldChars) {
            m_error = tr("Line %1: a field is longer than %2 characters. Shorten it (a caption "
                         "takes at most 2,200) and import again.")
                          .arg(m_quoted ? m_quoteOpenedOn : m_line)
                          .arg(m_limits.maxFieldChars);
            return false;
        }
    }
    return true;
}

void CsvReader::endField()
{
    m_current.fields.append(m_field);
    m_field.clear();
    m_fieldStarted = false;
}

void CsvReader::endRecord()
{
    endField();
    // Blank lines carry no record (a lone empty field).
    if (!(m_current.fields.size() == 1 && m_current.fields.first().isEmpty()))
        m_records.append(m_current);
    m_current = Record{m_line + 1, {}};
}

bool CsvReader::finish()
{
    if (!m_error.isEmpty())
        return false;
    // A character cut off at the very end sits in the decoder's state, which has no flush:
    // one more line feed makes such a remainder undecodable, and is itself never used.
    const QString unused = m_decoder.decode(QByteArrayView("\n")); // decoding runs on conversion
    Q_UNUSED(unused)
    if (m_decoder.hasError()) {
        m_error = tr("Line %1 is not UTF-8 text (it ends inside a character). Save the file as "
                     "\"CSV UTF-8\" and import it again.")
                      .arg(m_line);
        return false;
    }
    if (m_quoted) {
        m_error =
            tr("Line %1: a quoted field is never closed; add the missing \".").arg(m_quoteOpenedOn);
        return false;
    }
    if (m_fieldStarted || !m_field.isEmpty() || !m_current.fields.isEmpty())
        endRecord();
    return true;
}

QList<CsvReader::Record> CsvReader::takeRecords()
{
    return std::exchange(m_records, {});
}

std::optional<QList<CsvReader::Record>> CsvReader::parse(const QByteArray &utf8, QString *error,
                                                         Limits limits)
{
    CsvReader reader(limits);
    if (!reader.feed(utf8) || !reader.finish()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return reader.takeRecords();
}

} // namespace tokdeck

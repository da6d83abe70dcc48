// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sandbox/MultipartBody.h"

namespace tokdeck {

namespace {

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

QByteArray unquoted(QByteArrayView value)
{
    value = value.trimmed();
    if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
        value = value.sliced(1, value.size() - 2);
    return value.toByteArray();
}

// The value of `name=...` among the ';'-separated parameters of a header value.
QByteArray parameter(QByteArrayView headerValue, QByteArrayView name)
{
    const QList<QByteArray> pieces = headerValue.toByteArray().split(';');
    for (const QByteArray &piece : pieces) {
        const qsizetype eq = piece.indexOf('=');
        if (eq < 0)
            continue;
        if (QByteArrayView(piece).first(eq).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return unquoted(QByteArrayView(piece).sliced(eq + 1));
    }
    return {};
}

// Whether a delimiter ends at `pos`: the close marker "--", or padding then CRLF. Data that
// merely starts like the boundary ("--B" followed by "x") is data.
bool delimiterEndsAt(QByteArrayView body, qsizetype pos)
{
    if (body.sliced(pos).startsWith("--"))
        return true;
    while (pos < body.size() && (body.at(pos) == ' ' || body.at(pos) == '\t'))
        ++pos;
    return body.sliced(pos).startsWith("\r\n");
}

qsizetype findDelimiter(QByteArrayView body, QByteArrayView delimiter, qsizetype from)
{
    for (qsizetype at = body.indexOf(delimiter, from); at >= 0;
         at = body.indexOf(delimiter, at + 1)) {
        if (delimiterEndsAt(body, at + delimiter.size()))
            return at;
    }
    return -1;
}

} // namespace

std::optional<QByteArray> MultipartBody::boundaryOf(QByteArrayView contentType, QString *error)
{
    const qsizetype semicolon = contentType.indexOf(';');
    const QByteArrayView mimeType =
        (semicolon < 0 ? contentType : contentType.first(semicolon)).trimmed();
    if (mimeType.compare("multipart/form-data", Qt::CaseInsensitive) != 0) {
        setError(error, QStringLiteral("Content-Type must be multipart/form-data, got \"%1\".")
                            .arg(QString::fromLatin1(mimeType)));
        return std::nullopt;
    }
    const QByteArray boundary = parameter(contentType, "boundary");
    // RFC 2046: 1 to 70 characters.
    if (boundary.isEmpty() || boundary.size() > 70) {
        setError(error,
                 QStringLiteral("The multipart/form-data Content-Type has no valid boundary."));
        return std::nullopt;
    }
    return boundary;
}

std::optional<QList<MultipartPart>> MultipartBody::parse(QByteArrayView body,
                                                         QByteArrayView boundary, QString *error)
{
    const QByteArray delimiter = "--" + boundary.toByteArray();
    // Every delimiter but a leading one is preceded by CRLF, which belongs to the delimiter.
    const QByteArray innerDelimiter = "\r\n" + delimiter;

    qsizetype pos = 0;
    if (body.startsWith(delimiter) && delimiterEndsAt(body, delimiter.size())) {
        pos = delimiter.size();
    } else {
        pos = findDelimiter(body, innerDelimiter, 0); // skip a preamble
        if (pos < 0) {
            setError(error, QStringLiteral("The multipart body does not contain its boundary."));
            return std::nullopt;
        }
        pos += innerDelimiter.size();
    }

    QList<MultipartPart> parts;
    while (true) {
        if (body.sliced(pos).startsWith("--"))
            return parts; // the close delimiter: anything after it is an epilogue
        // Transport padding (spaces, tabs) may follow a delimiter before its CRLF.
        while (pos < body.size() && (body.at(pos) == ' ' || body.at(pos) == '\t'))
            ++pos;
        if (!body.sliced(pos).startsWith("\r\n")) {
            setError(error, QStringLiteral("The multipart body is malformed after a boundary."));
            return std::nullopt;
        }
        pos += 2;

        const qsizetype headersEnd = body.indexOf("\r\n\r\n", pos);
        const qsizetype next = findDelimiter(body, innerDelimiter, pos);
        if (next < 0) {
            setError(error,
                     QStringLiteral("The multipart body ends without its closing boundary."));
            return std::nullopt;
        }
        MultipartPart part;
        // The blank line must end before the delimiter: in "...\r\n\r\n--B" the second CRLF
        // is the delimiter's own, so those headers have no blank line (once read as a part of
        // length -2: found by libFuzzer, tests/fuzz).
        if (headersEnd >= 0 && headersEnd + 4 <= next) {
            if (!readHeaders(body.sliced(pos, headersEnd - pos), &part, error))
                return std::nullopt;
            part.data = body.sliced(headersEnd + 4, next - headersEnd - 4);
        } else if (next >= pos + 2 && body.sliced(pos).startsWith("\r\n")) {
            part.data = body.sliced(pos + 2, next - pos - 2); // a part without headers
        } else {
            setError(error,
                     QStringLiteral("A multipart part has no blank line after its headers."));
            return std::nullopt;
        }
        parts.append(part);
        pos = next + innerDelimiter.size();
    }
}

bool MultipartBody::readHeaders(QByteArrayView headers, MultipartPart *part, QString *error)
{
    const QList<QByteArray> lines = headers.toByteArray().split('\n');
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            setError(error, QStringLiteral("A multipart part has a malformed header line."));
            return false;
        }
        const QByteArrayView name = QByteArrayView(line).first(colon).trimmed();
        const QByteArrayView value = QByteArrayView(line).sliced(colon + 1).trimmed();
        if (name.compare("Content-Disposition", Qt::CaseInsensitive) == 0) {
            part->name = parameter(value, "name");
            part->fileName = parameter(value, "filename");
        } else if (name.compare("Content-Type", Qt::CaseInsensitive) == 0) {
            part->contentType = value.toByteArray();
        }
    }
    return true;
}

} // namespace tokdeck

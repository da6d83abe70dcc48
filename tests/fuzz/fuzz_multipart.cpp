// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The sandbox's multipart/form-data reader. Input: a Content-Type value on the first line, the
// body after it. Besides ASan/UBSan, checks what the sandbox relies on: every part's data is a
// non-negative slice of the body (the parts point into it), and a refusal says why.

#include "sandbox/MultipartBody.h"

#include <cstdint>
#include <cstdlib>

using namespace tokdeck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(bytes), qsizetype(size));
    const qsizetype newline = input.indexOf('\n');
    const QByteArrayView contentType = newline < 0 ? input : input.first(newline);
    const QByteArrayView body = newline < 0 ? QByteArrayView() : input.sliced(newline + 1);

    QString error;
    const auto boundary = MultipartBody::boundaryOf(contentType, &error);
    if (boundary && (boundary->isEmpty() || boundary->size() > 70))
        std::abort(); // RFC 2046: 1 to 70 characters
    if (!boundary && error.isEmpty())
        std::abort();

    // A refused Content-Type still exercises the body with a short boundary, which the mutator
    // finds easily.
    error.clear();
    const auto parts =
        MultipartBody::parse(body, boundary ? QByteArrayView(*boundary) : "B", &error);
    if (!parts) {
        if (error.isEmpty())
            std::abort();
        return 0;
    }
    for (const MultipartPart &part : *parts) {
        if (part.data.size() < 0)
            std::abort();
        if (part.data.isEmpty())
            continue;
        if (part.data.data() < body.data()
            || part.data.data() + part.data.size() > body.data() + body.size())
            std::abort();
    }
    return 0;
}

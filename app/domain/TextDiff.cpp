// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/TextDiff.h"

#include <algorithm>
#include <vector>

namespace tokdeck::TextDiff {

namespace {

// The LCS table is (n+1)×(m+1) cells: a 2,200-unit caption has at most about 1,100 tokens, so
// this leaves room for any caption and title while bounding memory to a few megabytes.
constexpr qsizetype maxCells = 4'000'000;

void append(QList<Run> &runs, Kind kind, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!runs.isEmpty() && runs.last().kind == kind)
        runs.last().text += text;
    else
        runs.append({kind, text});
}

} // namespace

QStringList tokens(const QString &text)
{
    QStringList pieces;
    qsizetype start = 0;
    for (qsizetype i = 1; i <= text.size(); ++i) {
        if (i == text.size() || text.at(i).isSpace() != text.at(i - 1).isSpace()) {
            pieces.append(text.mid(start, i - start));
            start = i;
        }
    }
    return pieces;
}

QList<Run> diff(const QString &before, const QString &after)
{
    const QStringList a = tokens(before);
    const QStringList b = tokens(after);
    // The common head and tail need no table: most saves change a few words in the middle.
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a.at(head) == b.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head
           && a.at(a.size() - 1 - tail) == b.at(b.size() - 1 - tail))
        ++tail;

    QList<Run> runs;
    append(runs, Kind::Equal, a.mid(0, head).join(QString()));
    const QStringList x = a.mid(head, a.size() - head - tail);
    const QStringList y = b.mid(head, b.size() - head - tail);
    const qsizetype n = x.size();
    const qsizetype m = y.size();
    if ((n + 1) * (m + 1) > maxCells) {
        append(runs, Kind::Deleted, x.join(QString()));
        append(runs, Kind::Inserted, y.join(QString()));
    } else if (n > 0 || m > 0) {
        // lcs[i][j]: the longest common subsequence of x[i..] and y[j..].
        const qsizetype width = m + 1;
        std::vector<int> lcs(std::size_t((n + 1) * width), 0);
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j) {
                lcs[std::size_t(i * width + j)] =
                    x.at(i) == y.at(j) ? lcs[std::size_t((i + 1) * width + j + 1)] + 1
                                       : std::max(lcs[std::size_t((i + 1) * width + j)],
                                                  lcs[std::size_t(i * width + j + 1)]);
            }
        }
        // Walk forward, deleting before inserting where both keep the LCS as long, so a
        // replaced word reads "old new".
        QString deleted;
        QString inserted;
        const auto flush = [&] {
            append(runs, Kind::Deleted, deleted);
            append(runs, Kind::Inserted, inserted);
            deleted.clear();
            inserted.clear();
        };
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && x.at(i) == y.at(j)) {
                flush();
                append(runs, Kind::Equal, x.at(i));
                ++i;
                ++j;
            } else if (j == m
                       || (i < n
                           && lcs[std::size_t((i + 1) * width + j)]
                                  >= lcs[std::size_t(i * width + j + 1)])) {
                deleted += x.at(i++);
            } else {
                inserted += y.at(j++);
            }
        }
        flush();
    }
    append(runs, Kind::Equal, b.mid(b.size() - tail).join(QString()));
    return runs;
}

} // namespace tokdeck::TextDiff

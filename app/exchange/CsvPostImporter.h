// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Account.h"
#include "domain/MediaInfo.h"
#include "domain/Post.h"
#include "exchange/CsvReader.h"
#include "rules/ValidationIssue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <functional>
#include <optional>

namespace tokdeck {

// Drafts from a CSV file with the header `media,caption,title,accounts,at,aigc` (any column
// order; media, caption and accounts required). Several media files or account IDs go in one
// cell separated by "|"; relative paths are resolved against the CSV's folder; `at` takes what
// `--at` takes, or `queue` (the next free posting slot, see Options::queueSlot); aigc is
// true/false. Every row is checked like the composer checks a post.
// Blocking (reads and probes files): call it off the GUI thread.
class CsvPostImporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvPostImporter)

public:
    struct Row
    {
        int line = 0;
        Post post;               // a draft (state Draft), filled as far as the row allows
        ValidationIssues issues; // rejections make the row bad; warnings are informative
        bool queued = false;     // `at` was "queue": post.plannedAt is the slot it was given
        bool isGood() const { return !hasRejection(issues); }
    };

    struct Result
    {
        QString error; // the file as a whole could not be read
        QList<Row> rows;
        int goodCount() const;
        int badCount() const;
    };

    struct Options
    {
        std::optional<QList<Account>> knownAccounts;
        qint64 maxFileBytes = 16 * 1024 * 1024; // 10,000 long rows fit with room to spare
        int maxRows = 10'000;                   // beyond the spam caps of years of posting
        CsvReader::Limits csv;
        // Called with the number of rows checked so far, every `progressEvery` rows and once
        // at the end (a 10,000-row file takes a while; the CLI shows it on stderr).
        std::function<void(int rows)> progress;
        int progressEvery = 500;
        // How a media file is probed (MediaProbe::probe when empty): a seam for tests that
        // count probes.
        std::function<MediaInfo(const QString &path, QString *error)> probe;
        // For rows whose `at` is "queue": the slot for this (otherwise good) post, or nullopt
        // with *reason saying why there is none. Called in row order, so each row's slot is
        // taken before the next asks (planning's QueueAssigner does that). When empty, such
        // rows are refused: the queue needs the stored slots and posts.
        std::function<std::optional<QDateTime>(const Post &post, QString *reason)> queueSlot;
        // When set ("import --fix"), each media file goes through it once before it is
        // probed: it returns the path the post should use (a fixed copy, or the file itself
        // when nothing needed fixing), or empty with *error (translated) when no fix helps.
        // Kept a function so that this library needs no encoder.
        std::function<QString(const QString &path, QString *error)> fix;
    };

    static Result read(const QString &csvPath, const QDateTime &nowUtc,
                       const std::optional<QList<Account>> &knownAccounts = std::nullopt);
    static Result read(const QString &csvPath, const QDateTime &nowUtc, const Options &options);
};

} // namespace tokdeck

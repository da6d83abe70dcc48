// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>

// The numbers of the contract's rule table (shared/api-contract.md), in one place so a
// changed limit is a one-line change for the client, the composer and the sandbox alike.
namespace tokdeck::limits {

inline constexpr qsizetype maxCaptionUnits = 2200;  // UTF-16 code units (QString::size())
inline constexpr qsizetype maxImageTitleUnits = 90; // photo and slideshow titles
inline constexpr int manyHashtags = 5;              // above this: a warning, not a rejection

inline constexpr qint64 minLeadSeconds = 10 * 60; // schedule at least ~10 minutes ahead
inline constexpr qint64 marginLeadSeconds =
    11 * 60; // warn inside this: it may be too late on arrival
inline constexpr qint64 maxAheadSeconds = 30LL * 24 * 3600; // at most 30 days ahead

// "100 MB" and "20 MB" read as MiB; the sandbox enforces the same numbers.
inline constexpr qint64 maxVideoBytes = 100LL * 1024 * 1024;
inline constexpr qint64 maxImageBytes = 20LL * 1024 * 1024;

inline constexpr int maxSlideshowImages = 10;

// Rate limits per API key, and post creations per social account (each accountId counts).
inline constexpr int requestsPerMinute = 50;
inline constexpr int requestsPerHour = 250;
inline constexpr int createsPerAccountPerMinute = 3;
// TikTok's spam cap: at most this many posts per account in any rolling 24 hours (DailyCap).
inline constexpr int maxPostsPerAccountPer24Hours = 20;

inline constexpr double minFrameRate = 23.0;
inline constexpr double maxFrameRate = 60.0;
inline constexpr int minVideoSide = 360;
inline constexpr int maxVideoSide = 4096;
inline constexpr int hdShortSide = 720; // "720p": below it, a warning
inline constexpr double maxVideoSeconds = 600;
inline constexpr double longVideoSeconds = 180; // TikTok may trim beyond this per account
inline constexpr double shortVideoSeconds = 3;

inline constexpr int recommendedImageWidth = 720;
inline constexpr int recommendedImageHeight = 1280;
inline constexpr int largeImageShortSide = 1080; // above 1080p: a warning (TikTok downsizes)

inline constexpr double aspectTolerance = 0.02; // how close to 9:16 counts as 9:16

} // namespace tokdeck::limits

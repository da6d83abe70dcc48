// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/MediaInfo.h"
#include "rules/ValidationIssue.h"

#include <QCoreApplication>

namespace tokdeck {

// The media rows of the contract's table, for one file. Size and format need only sniffing;
// codec, frame rate, dimensions and duration are checked when the file has been probed.
class MediaRules
{
    Q_DECLARE_TR_FUNCTIONS(MediaRules)

public:
    static ValidationIssues check(const MediaInfo &media);
    static bool isNineBySixteen(int width, int height);

private:
    static ValidationIssues checkVideo(const MediaInfo &media);
    static ValidationIssues checkImage(const MediaInfo &media);
};

} // namespace tokdeck

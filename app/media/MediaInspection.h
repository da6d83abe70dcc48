// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/MediaInfo.h"

#include <QImage>
#include <QString>

namespace tokdeck {

// What MediaInspector learnt about one file. `error` is the first thing that went wrong (a
// translated sentence naming the file), empty when all went well; a file that is neither
// video nor image has an empty error too (MediaRules::check() says what is wrong with it).
struct MediaInspection
{
    MediaInfo info;
    QImage thumbnail; // null when none was asked for or none could be made
    QString error;
};

} // namespace tokdeck

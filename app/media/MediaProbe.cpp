#include "media/MediaProbe.h"

#include "media/FormatSniffer.h"
#include "support/Logging.h"

#include <QFileInfo>
#include <QImageReader>

#include <cmath>
#include <memory>
#include <mutex>

extern "C" {
#include <libavformat/avformat.h>
#include <libavutil/display.h>
}

namespace tokdeck {

namespace {

void quietFfmpeg()
{
    // FFmpeg logs to stderr by default; our errors are reported as values instead.
    static std::once_flag once;
    std::call_once(once, [] { av_log_set_level(AV_LOG_ERROR); });
}

struct FormatContextCloser
{
    void operator()(AVFormatContext *context) const { avformat_close_input(&context); }
};
using FormatContext = std::unique_ptr<AVFormatContext, FormatContextCloser>;

double rationalToDouble(AVRational value)
{
    return value.den != 0 ? av_q2d(value) : 0.0;
}

// The rotation a phone recorded in the stream's display matrix, in degrees (0, 90, 180, 270).
int displayRotation(const AVStream *stream)
{
    size_t size = 0;
    const uint8_t *matrix = av_stream_get_side_data(stream, AV_PKT_DATA_DISPLAYMATRIX, &size);
    if (!matrix || size < 9 * sizeof(int32_t))
        return 0;
    const double degrees = av_display_rotation_get(reinterpret_cast<const int32_t *>(matrix));
    if (std::isnan(degrees))
        return 0;
    return (int(std::lround(std::abs(degrees))) % 360);
}

} // namespace

MediaInfo MediaProbe::probe(const QString &path, QString *error)
{
    MediaInfo info;
    info.path = path;
    const QFileInfo file(path);
    if (!file.exists()) {
        if (error)
            *error = tr("%1 does not exist. Check the path.").arg(file.fileName());
        return info;
    }
    info.fileSize = file.size();
    QString readError;
    info.format = FormatSniffer::sniffFile(path, &readError);
    if (!readError.isEmpty()) {
        if (error)
            *error = tr("%1 could not be read (%2). Check its permissions.").arg(file.fileName(), readError);
        return info;
    }
    switch (info.kind()) {
    case MediaKind::Video: info.probed = probeVideo(info, error); break;
    case MediaKind::Image: info.probed = probeImage(info, error); break;
    case MediaKind::Unknown: break; // MediaRules names the file and the rule
    }
    return info;
}

bool MediaProbe::probeVideo(MediaInfo &info, QString *error)
{
    quietFfmpeg();
    const QString name = info.fileName();
    const auto fail = [&](const QString &message) {
        qCDebug(lcMedia) << "probe failed" << name;
        if (error)
            *error = message;
        return false;
    };
    AVFormatContext *raw = nullptr;
    if (avformat_open_input(&raw, QFile::encodeName(info.path).constData(), nullptr, nullptr) < 0)
        return fail(tr("%1 could not be opened as a video. It may be damaged or incomplete; export it again.").arg(name));
    FormatContext context(raw);
    if (avformat_find_stream_info(context.get(), nullptr) < 0)
        return fail(tr("%1 could not be read as a video. It may be damaged or incomplete; export it again.").arg(name));
    const int index = av_find_best_stream(context.get(), AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    if (index < 0)
        return fail(tr("%1 has no video track. Choose a video file.").arg(name));

    const AVStream *stream = context->streams[index];
    const AVCodecParameters *codec = stream->codecpar;
    info.codec = QString::fromLatin1(avcodec_get_name(codec->codec_id)).toLower();
    info.width = codec->width;
    info.height = codec->height;
    const int rotation = displayRotation(stream);
    if (rotation == 90 || rotation == 270)
        std::swap(info.width, info.height);
    info.frameRate = rationalToDouble(stream->avg_frame_rate);
    if (info.frameRate <= 0)
        info.frameRate = rationalToDouble(stream->r_frame_rate);
    if (context->duration > 0)
        info.durationSeconds = double(context->duration) / AV_TIME_BASE;
    else if (stream->duration > 0)
        info.durationSeconds = double(stream->duration) * rationalToDouble(stream->time_base);
    return true;
}

bool MediaProbe::probeImage(MediaInfo &info, QString *error)
{
    QImageReader reader(info.path);
    reader.setAutoTransform(true);
    const QSize size = reader.size(); // from the header: no pixels are decoded
    if (!size.isValid()) {
        if (error)
            *error = tr("%1 could not be read as an image (%2). Export it again as JPEG.")
                         .arg(info.fileName(), reader.errorString());
        return false;
    }
    const bool turned = reader.transformation().testFlag(QImageIOHandler::TransformationRotate90);
    info.width = turned ? size.height() : size.width();
    info.height = turned ? size.width() : size.height();
    return true;
}

} // namespace tokdeck

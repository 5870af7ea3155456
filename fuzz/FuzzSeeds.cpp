#include "FuzzSeeds.h"

#include <QFile>
#include <QTemporaryDir>
#include <cmath>
#include <sndfile.h>
#include <vector>

namespace tally::fuzz {

namespace {

// A short sine written by libsndfile in format (empty when this libsndfile cannot).
QByteArray encode(int format, int channels, int rateHz, int frames)
{
    QTemporaryDir dir;
    const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("seed")));
    SF_INFO info{};
    info.samplerate = rateHz;
    info.channels = channels;
    info.format = format;
    SNDFILE* f = sf_open(path.constData(), SFM_WRITE, &info);
    if (!f)
        return {};
    std::vector<float> samples(size_t(frames) * size_t(channels));
    for (size_t i = 0; i < samples.size(); ++i)
        samples[i] = float(0.5 * std::sin(double(i / size_t(channels)) * 0.3));
    sf_writef_float(f, samples.data(), frames);
    sf_close(f);
    QFile in(QString::fromLocal8Bit(path));
    return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
}

QList<QPair<QString, QByteArray>> audioSeeds()
{
    struct Kind
    {
        const char* name;
        int format;
        int channels;
        int rateHz;
    };
    static const Kind kKinds[] = {
        {"wav16", SF_FORMAT_WAV | SF_FORMAT_PCM_16, 1, 8000},
        {"wav24-stereo", SF_FORMAT_WAV | SF_FORMAT_PCM_24, 2, 8000},
        {"wav-float", SF_FORMAT_WAV | SF_FORMAT_FLOAT, 1, 8000},
        {"wav-u8", SF_FORMAT_WAV | SF_FORMAT_PCM_U8, 1, 8000},
        {"wav-ima", SF_FORMAT_WAV | SF_FORMAT_IMA_ADPCM, 1, 8000},
        {"wav-ulaw", SF_FORMAT_WAV | SF_FORMAT_ULAW, 1, 8000},
        {"wavex", SF_FORMAT_WAVEX | SF_FORMAT_PCM_16, 2, 8000},
        {"rf64", SF_FORMAT_RF64 | SF_FORMAT_PCM_16, 1, 8000},
        {"w64", SF_FORMAT_W64 | SF_FORMAT_PCM_16, 1, 8000},
        {"aiff", SF_FORMAT_AIFF | SF_FORMAT_PCM_16, 1, 8000},
        {"aifc-ulaw", SF_FORMAT_AIFF | SF_FORMAT_ULAW, 1, 8000},
        {"au", SF_FORMAT_AU | SF_FORMAT_PCM_16, 1, 8000},
        {"caf", SF_FORMAT_CAF | SF_FORMAT_PCM_16, 1, 8000},
        {"caf-alac", SF_FORMAT_CAF | SF_FORMAT_ALAC_16, 1, 8000},
        {"flac", SF_FORMAT_FLAC | SF_FORMAT_PCM_16, 1, 8000},
        {"flac-stereo", SF_FORMAT_FLAC | SF_FORMAT_PCM_24, 2, 8000},
        {"ogg-vorbis", SF_FORMAT_OGG | SF_FORMAT_VORBIS, 1, 8000},
        {"ogg-opus", SF_FORMAT_OGG | SF_FORMAT_OPUS, 1, 48000},
        {"mp3", SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III, 1, 8000},
    };
    QList<QPair<QString, QByteArray>> out;
    for (const Kind& k : kKinds) {
        const QByteArray bytes = encode(k.format, k.channels, k.rateHz, 600);
        if (!bytes.isEmpty())
            out << qMakePair(QString::fromLatin1(k.name), bytes);
    }
    return out;
}

QList<QPair<QString, QByteArray>> textSeeds(const QString& target)
{
    if (target == QLatin1String("coco"))
        return {
            {QStringLiteral("boxes"),
             R"({"images": [{"id": 1, "file_name": "a.png", "width": 64, "height": 48},
 {"id": "two", "file_name": "b.jpg", "width": 64, "height": 48},
 {"id": 3, "file_name": "missing.png"}],
 "categories": [{"id": 1, "name": "cat"}, {"id": 2, "name": "dog"}, {"id": 3}],
 "annotations": [{"id": 1, "image_id": 1, "category_id": 1, "bbox": [1, 2, 30, 20]},
 {"id": 2, "image_id": "two", "category_id": 2, "bbox": [0.5, 0.5, 63.5, 47], "annotator": "ann"},
 {"id": 3, "image_id": 1, "category_id": 2, "bbox": [60, 40, 10, 10]},
 {"id": 4, "image_id": 9, "category_id": 1, "bbox": [1, 1, 1, 1]},
 {"id": 5, "image_id": 1, "category_id": 1, "bbox": [1, 1, -1, 1]}]})"},
            {QStringLiteral("escaped"),
             R"({"images": [{"id": 1, "file_name": "a\u002epng"}], "categories": [{"id": 1, "name": "c\"at\n"}], "annotations": []})"}};
    if (target == QLatin1String("voc"))
        return {{QStringLiteral("integers"),
                 R"(<?xml version="1.0"?>
<annotation><folder>VOC</folder><filename>a.png</filename><annotator>ann</annotator>
<size><width>64</width><height>48</height><depth>3</depth></size>
<object><name>cat</name><pose>Left</pose><bndbox><xmin>1</xmin><ymin>2</ymin><xmax>30</xmax><ymax>20</ymax></bndbox>
<part><name>head</name><bndbox><xmin>1</xmin><ymin>1</ymin><xmax>2</xmax><ymax>2</ymax></bndbox></part></object>
<object><name>dog</name><annotator>other</annotator><bndbox><xmin>40</xmin><ymin>30</ymin><xmax>65</xmax><ymax>49</ymax></bndbox></object>
<object><bndbox><xmin>3</xmin><ymin>3</ymin><xmax>9</xmax><ymax>9</ymax></bndbox></object>
</annotation>)"},
                {QStringLiteral("floats"),
                 R"(<annotation><size><width>64.0</width><height>48</height></size>
<object><name>cat</name><bndbox><xmin>0.5</xmin><ymin>1.5</ymin><xmax>10.25</xmax><ymax>2e1</ymax></bndbox></object>
</annotation>)"}};
    if (target == QLatin1String("yolo"))
        return {{QStringLiteral("flow-list"),
                 QByteArray("names: [cat, 'dog, big', \"bird\"]  # classes\n") + '\0' +
                     "0 0.5 0.5 0.2 0.2\n1 0.1 0.1 0.05 0.05\n2 0.99 0.99 0.02 0.02\n" + '\0' +
                     "cat\ndog\n"},
                {QStringLiteral("block-map"),
                 QByteArray("path: .\ntrain: images\nnames:\n  0: cat\n  1: dog\nnc: 2\n") + '\0' +
                     "0 0.5 0.5 1 1\n3 0.5 0.5 0.1 0.1\n1 1.5 0.5 0.1 0.1\n"},
                {QStringLiteral("classes-txt"), QByteArray("nothing: here\n") + '\0' +
                                                    "1 0.25 0.25 0.5 0.5\n" + '\0' +
                                                    "cat\ndog\n\n"}};
    if (target == QLatin1String("common-voice"))
        return {{QStringLiteral("release"),
                 "\xEF\xBB\xBF"
                 "client_id\tpath\tsentence\tup_votes\tdown_votes\tage\tgender\taccents\tlocale\r\n"
                 "c1\ta.mp3\tHello there\t2\t0\ttwenties\tmale\t\ten\r\n"
                 "c2\tb.mp3\tGood morning\t\t1\t\t\tus\ten\r\n"
                 "c3\t../c.mp3\tx\t1\t1\t\t\t\ten\n"
                 "c4\t\tx\t1\t1\t\t\t\ten\n"
                 "c5\td.mp3\tx\t-1\t1\t\t\t\ten\n"},
                {QStringLiteral("minimal"), "path\nx.wav\n"}};
    if (target == QLatin1String("audacity"))
        return {{QStringLiteral("labels"), "0.000000\t1.500000\tyes\n"
                                           "\\\t100.000000\t4000.000000\n"
                                           "2.25\t2.25\tpoint\r\n"
                                           "3\t4.5e0\n"
                                           "5\t6\tno\n"
                                           "\\\t-1\t-1\n"},
                {QStringLiteral("bom"), "\xEF\xBB\xBF"
                                        "1\t2\ttext with spaces\n"}};
    if (target == QLatin1String("series"))
        return {{QStringLiteral("ims"), "-0.105\t-0.049\t-0.090\t-0.066\n"
                                        "0.049 -0.083\t+0.105\t-0.051\n"
                                        "-1.2e-1\t0.0\t0.005\t1\n"
                                        "\n"},
                {QStringLiteral("csv-timestamp"), "\xEF\xBB\xBF"
                                                  "timestamp,accX,accY,\"accZ\"\n"
                                                  "0,-0.52,1.25,9.81\n"
                                                  "10,-0.50, 1.20,+9.79\n"
                                                  "20,-0.47,1.1e0,9.80\n"
                                                  "31,-0.40,1.00,9.82\n"},
                {QStringLiteral("csv-ragged"), "time,x,y\n"
                                               "0.0,1,2\n"
                                               "0.5,3\n"
                                               "1.0,4,5,6\n"},
                {QStringLiteral("csv-crlf"), "Time,ch1\r\n"
                                             "0.000,0.25\r\n"
                                             "0.001,-0.25\r\n"
                                             "0.002,0.5\r\n"
                                             "\r\n"}};
    return {};
}

} // namespace

QList<QPair<QString, QByteArray>> seeds(const QString& target)
{
    return target == QLatin1String("audio") ? audioSeeds() : textSeeds(target);
}

} // namespace tally::fuzz

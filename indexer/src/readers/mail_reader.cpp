#include "readers/mail_reader.hpp"

#include "readers/gmime_support.hpp"
#include "readers/mail_message.hpp"
#include "readers/mbox_messages.hpp"
#include "readers/sgml_text.hpp"

#include <morgue/date.hpp>

#include <algorithm>
#include <climits>
#include <set>

namespace morgue::readers {
namespace {

// What the parser said about one message, as GMime's warning callback reports it.
struct ParserWarning {
    std::size_t offset = 0;
    GMimeParserWarning code{};
};

// The warnings that mean text was lost or the structure guessed; the others (a duplicated
// header, 8-bit bytes in a header, an invalid encoded word kept as written) lose nothing.
const char* warning_reason(GMimeParserWarning code) {
    switch (code) {
        case GMIME_WARN_TRUNCATED_MESSAGE: return "message is cut off (the file ends inside it): indexed as far as it goes";
        case GMIME_WARN_MALFORMED_MULTIPART: return "multipart message has no parts GMime could find";
        case GMIME_WARN_MALFORMED_MESSAGE: return "message is malformed; GMime read what it could";
        case GMIME_WARN_PART_WITHOUT_CONTENT: return "a MIME part has headers but no content";
        case GMIME_CRIT_MULTIPART_WITHOUT_BOUNDARY: return "multipart message has no boundary: read as one part";
        case GMIME_CRIT_NESTING_OVERFLOW: return "MIME parts are nested too deeply: the deepest were not read";
        case GMIME_CRIT_PART_WITHOUT_HEADERS_OR_CONTENT: return "a MIME part has neither headers nor content";
        case GMIME_CRIT_CONFLICTING_HEADER: return "conflicting header fields: GMime kept one";
        case GMIME_CRIT_CONFLICTING_PARAMETER: return "conflicting header parameters: GMime kept one";
        default: return nullptr;
    }
}

struct MessageSpan {
    std::size_t offset = 0;  // of the message's first header line
    std::size_t end = 0;
    std::size_t number = 0;  // 1-based within the file
    std::optional<DateTime> separator_date;
};

class MailFileReader {
public:
    MailFileReader(const SourceText& source, const ReadCallbacks& callbacks, bool mbox)
        : source_(source), callbacks_(callbacks), mbox_(mbox), lines_(source.text) {
        // The parser reads the file where it already is: GMime's memory stream only reads from
        // the array it is given (it writes only when written to, and it is not), so a view will do.
        view_.data = reinterpret_cast<guint8*>(const_cast<char*>(source.text.data()));
        view_.len = static_cast<guint>(source.text.size());
        stream_.reset(g_mime_stream_mem_new_with_byte_array(&view_));
        g_mime_stream_mem_set_owner(GMIME_STREAM_MEM(stream_.get()), FALSE);
        options_ = g_mime_parser_options_new();
        g_mime_parser_options_set_warning_callback(options_, &MailFileReader::on_warning, this);
    }
    ~MailFileReader() { g_mime_parser_options_free(options_); }
    MailFileReader(const MailFileReader&) = delete;
    MailFileReader& operator=(const MailFileReader&) = delete;

    void read(const MessageSpan& span) {
        warnings_.clear();
        const gmime::Owned<GMimeStream> part(g_mime_stream_substream(
            stream_.get(), static_cast<gint64>(span.offset), static_cast<gint64>(span.end)));
        const gmime::Owned<GMimeParser> parser(g_mime_parser_new_with_stream(part.get()));
        g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
        const gmime::Owned<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), options_));
        MailArticle mail = message ? article_from_message(message.get(), span.separator_date) : MailArticle{};
        // Problems are reported in file order: the line counter only moves forward.
        const std::size_t line = lines_.line_at(span.offset);
        if (!message || !mail.has_mail_fields) {
            const char* what = message ? "none of From, Subject, Date, Message-ID" : "no header fields";
            report(span.offset, line, "message " + std::to_string(span.number) + " has " + what + ": skipped",
                   mbox_ ? ReadProblem::Severity::ArticleSkipped : ReadProblem::Severity::FileSkipped);
            return;
        }
        // Without a Message-ID, the path tells same-named files in different folders apart.
        if (mail.article.id.empty()) mail.article.id = source_.path + "#" + std::to_string(span.number);
        const std::string label = "message " + mail.article.id + ": ";
        for (const std::string& repair : mail.repairs) {
            report(span.offset, line, label + repair, ReadProblem::Severity::Repaired);
        }
        if (mail.article.body.empty()) {
            report(span.offset, line, label + "no text (no text part, or an empty one): indexed with its headers only",
                   ReadProblem::Severity::Repaired);
        }
        report_warnings(span, label);
        callbacks_.article(std::move(mail.article), line);
    }

private:
    static void on_warning(gint64 offset, GMimeParserWarning code, const gchar*, gpointer self) {
        auto* reader = static_cast<MailFileReader*>(self);
        reader->warnings_.push_back({offset < 0 ? 0 : static_cast<std::size_t>(offset), code});
    }

    void report(std::size_t offset, std::size_t line, std::string reason, ReadProblem::Severity severity) {
        callbacks_.problem({source_.path, line, offset, std::move(reason), severity});
    }

    // Each kind of warning that lost something, once per message, at the first place it was met.
    void report_warnings(const MessageSpan& span, const std::string& label) {
        std::vector<ParserWarning> first_of_each;
        std::set<GMimeParserWarning> seen;
        for (const ParserWarning& warning : warnings_) {
            if (warning_reason(warning.code) != nullptr && seen.insert(warning.code).second) {
                first_of_each.push_back({std::clamp(warning.offset, span.offset, span.end), warning.code});
            }
        }
        std::stable_sort(first_of_each.begin(), first_of_each.end(),
                         [](const ParserWarning& a, const ParserWarning& b) { return a.offset < b.offset; });
        for (const ParserWarning& warning : first_of_each) {
            report(warning.offset, lines_.line_at(warning.offset), label + warning_reason(warning.code),
                   ReadProblem::Severity::Repaired);
        }
    }

    const SourceText& source_;
    const ReadCallbacks& callbacks_;
    bool mbox_;
    sgml::LineCounter lines_;  // offsets only grow: messages are read in file order
    GByteArray view_{};
    gmime::Owned<GMimeStream> stream_;
    GMimeParserOptions* options_ = nullptr;
    std::vector<ParserWarning> warnings_;
};

// "From jdoe@example.org Mon Apr  5 10:00:00 1993" -> its date.
std::optional<DateTime> separator_date(std::string_view separator) {
    const std::size_t sender_end = separator.find(' ', 5);
    return sender_end == std::string_view::npos ? std::nullopt : parse_mail_date(separator.substr(sender_end + 1));
}

}  // namespace

void read_mail(const SourceText& source, const ReadCallbacks& callbacks) {
    if (source.text.size() > UINT_MAX) {  // GMime's memory stream counts in 32 bits
        callbacks.problem({source.path, 0, 0, "mail file larger than 4 GiB: split it to index it",
                           ReadProblem::Severity::FileSkipped});
        return;
    }
    gmime::ensure_initialized();
    const std::size_t start = std::string_view(source.text).starts_with("\xEF\xBB\xBF") ? 3 : 0;
    const std::string_view text = std::string_view(source.text).substr(start);
    std::string_view first_line = text.substr(0, std::min(text.find('\n'), text.size()));
    if (first_line.ends_with('\r')) first_line.remove_suffix(1);
    const bool mbox = is_mbox_separator(first_line);
    MailFileReader reader(source, callbacks, mbox);
    if (!mbox) {
        reader.read(MessageSpan{start, source.text.size(), 1, std::nullopt});
        return;
    }
    std::size_t number = 0;
    for_each_mbox_message(text, [&](const MboxMessage& message) {
        reader.read(MessageSpan{start + message.offset, start + message.end, ++number, separator_date(message.separator)});
    });
}

}  // namespace morgue::readers

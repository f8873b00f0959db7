#include "readers/mail_message.hpp"

#include "readers/gmime_support.hpp"
#include "readers/mail_text.hpp"

#include <morgue/date.hpp>

namespace morgue::readers {
namespace {

struct TextParts {
    GMimeTextPart* plain = nullptr;
    GMimeTextPart* html = nullptr;
};

// The first inline text/plain and text/html parts, depth first. Attachments are not the article,
// and neither is an attached message (message/rfc822): its text belongs to another message.
void find_text_parts(GMimeObject* object, TextParts& found) {
    if (GMIME_IS_MULTIPART(object)) {
        GMimeMultipart* multipart = GMIME_MULTIPART(object);
        const int count = g_mime_multipart_get_count(multipart);
        for (int i = 0; i < count; ++i) find_text_parts(g_mime_multipart_get_part(multipart, i), found);
        return;
    }
    if (!GMIME_IS_TEXT_PART(object) || g_mime_part_is_attachment(GMIME_PART(object))) return;
    GMimeContentType* type = g_mime_object_get_content_type(object);
    if (g_mime_content_type_is_type(type, "text", "plain")) {
        if (found.plain == nullptr) found.plain = GMIME_TEXT_PART(object);
    } else if (g_mime_content_type_is_type(type, "text", "html")) {
        if (found.html == nullptr) found.html = GMIME_TEXT_PART(object);
    }
}

// The part's text decoded from its transfer encoding and charset to UTF-8 by GMime.
std::string decoded_text(GMimeTextPart* part, std::vector<std::string>& repairs) {
    std::string text = gmime::take_string(g_mime_text_part_get_text(part));
    if (!g_utf8_validate(text.data(), static_cast<gssize>(text.size()), nullptr)) {
        const char* charset = g_mime_text_part_get_charset(part);
        repairs.push_back(std::string("text is not valid in its charset (") + (charset ? charset : "none named") +
                          "): invalid bytes replaced by U+FFFD");
        text = gmime::take_string(g_utf8_make_valid(text.data(), static_cast<gssize>(text.size())));
    }
    return text;
}

std::string body_of(GMimeMessage* message, std::vector<std::string>& repairs) {
    TextParts parts;
    if (GMimeObject* root = g_mime_message_get_mime_part(message)) find_text_parts(root, parts);
    if (parts.plain != nullptr) return mail_body_text(decoded_text(parts.plain, repairs));
    // Only HTML: tags stripped crudely here; boilerplate removal is the HTML reader's business.
    if (parts.html != nullptr) return mail_body_text(crude_html_text(decoded_text(parts.html, repairs)));
    return {};
}

std::string header(GMimeMessage* message, const char* name, bool& repaired) {
    return gmime::header_text(g_mime_object_get_header(GMIME_OBJECT(message), name), repaired);
}

// The display name, else the address's local part: a byline names people, never an address.
std::string author_of(GMimeMessage* message, bool& repaired) {
    InternetAddressList* from = g_mime_message_get_from(message);
    if (from == nullptr || internet_address_list_length(from) == 0) return {};
    InternetAddress* address = internet_address_list_get_address(from, 0);
    std::string name = gmime::header_text(internet_address_get_name(address), repaired);
    if (name.empty() && INTERNET_ADDRESS_IS_MAILBOX(address)) {
        name = gmime::header_text(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address)), repaired);
    }
    if (const std::size_t at = name.find('@'); at != std::string::npos) name.resize(at);  // "jdoe@host" as a name
    return name;
}

// The first of "sci.space,sci.astro"; else a List-Id's phrase ("Morgue samples <samples.example.org>")
// or, without one, its id.
std::string section_of(GMimeMessage* message, bool& repaired) {
    const std::string groups = header(message, "Newsgroups", repaired);
    if (!groups.empty()) {
        const std::size_t end = groups.find_first_of(", ");
        return groups.substr(0, end);
    }
    const std::string list = header(message, "List-Id", repaired);
    const std::size_t open = list.find('<');
    if (open == std::string::npos) return list;
    std::string phrase = list.substr(0, open);
    while (!phrase.empty() && (phrase.back() == ' ' || phrase.back() == '"')) phrase.pop_back();
    if (!phrase.empty() && phrase.front() == '"') phrase.erase(0, 1);
    if (!phrase.empty()) return phrase;
    const std::size_t close = list.find('>', open);
    return list.substr(open + 1, (close == std::string::npos ? list.size() : close) - open - 1);
}

}  // namespace

MailArticle article_from_message(GMimeMessage* message, const std::optional<DateTime>& fallback_date) {
    MailArticle result;
    Article& article = result.article;
    bool repaired = false;
    article.id = gmime::header_text(g_mime_message_get_message_id(message), repaired);
    article.headline = gmime::header_text(g_mime_message_get_subject(message), repaired);
    if (const std::string author = author_of(message, repaired); !author.empty()) article.byline.push_back(author);
    article.section = section_of(message, repaired);
    article.source = header(message, "Organization", repaired);
    const std::string date = header(message, "Date", repaired);
    if (date.empty()) {
        article.date = fallback_date;
    } else if (!(article.date = parse_mail_date(date))) {
        result.repairs.push_back("unreadable date \"" + date + "\": indexed without a date");
    }
    if (repaired) result.repairs.emplace_back("a header is not valid UTF-8: invalid bytes replaced by U+FFFD");
    result.has_mail_fields = !article.id.empty() || !article.headline.empty() || !article.byline.empty() ||
                             !date.empty() || !article.section.empty();
    article.body = body_of(message, result.repairs);
    return result;
}

}  // namespace morgue::readers

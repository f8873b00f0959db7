#pragma once

#include <morgue/article.hpp>

#include <optional>
#include <string>
#include <vector>

typedef struct _GMimeMessage GMimeMessage;  // NOLINT: GMime's own declaration, to keep gmime.h out

namespace morgue::readers {

// The article one parsed message makes, and what had to be repaired to make it.
struct MailArticle {
    Article article;                   // id empty when the message has no Message-ID
    std::vector<std::string> repairs;  // reasons, each a Repaired problem
    bool has_mail_fields = false;      // false when none of From, Subject, Date, Message-ID, Newsgroups is there
};

// Maps a message to an article (see mail_reader.hpp for the fields). `fallback_date` is used when
// the message has no Date header (an mbox "From " line carries the delivery date).
MailArticle article_from_message(GMimeMessage* message, const std::optional<DateTime>& fallback_date);

}  // namespace morgue::readers

#pragma once

#include <morgue/article.hpp>
#include <morgue/schema.hpp>

#include <string>
#include <vector>

namespace morgue {

// The text of a schema field in an article, one entry per value (several for byline, topics,
// places; none when the field is empty). The date field has no text: use article.date.
std::vector<std::string> field_values(const Article& article, FieldId field);

}  // namespace morgue

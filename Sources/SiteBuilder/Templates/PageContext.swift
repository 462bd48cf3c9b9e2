/// What the templates see, typed: each struct's property names are the names a template
/// writes (`{{site.title}}`, `{{#lesson}}…{{/lesson}}`, `{{#previous}}{{url}}{{/previous}}`),
/// which swift-mustache reads by reflection; a nil optional is a missing key, so
/// `{{#site.author}}` sections vanish as they do for an absent dictionary entry.
enum PageContext {
    /// `site.*`, on every page: from `site.yaml`.
    struct Site {
        var title: String
        var language: String
        var author: String?
        var description: String?
    }

    /// A lesson in a link: the pager's `previous` and `next`, the outline's `lessons`.
    struct Link {
        var title: String
        var url: String
        /// On the outline only.
        var summary: String?
    }

    /// `lesson.mustache`.
    struct LessonPage {
        struct Lesson {
            var title: String
            var body: String
            var slug: String
        }

        var site: Site
        var lesson: Lesson
        var previous: Link?
        var next: Link?
    }

    /// `index.mustache`.
    struct IndexPage {
        var site: Site
        var lessons: [Link]
    }

    /// `layout.mustache`, around either page.
    struct Layout {
        struct Page {
            var title: String
            var isLesson: Bool
        }

        var site: Site
        var page: Page
        var content: String
    }
}

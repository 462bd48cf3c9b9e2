/// The words compiled in (``SiteStrings``). Each language is written as a reader of it
/// would say it, not word for word.
extension SiteStrings {
    static func english(_ key: Key) -> String {
        switch key {
        case .skipToContent: "Skip to content"
        case .menu: "Menu"
        case .lessons: "Lessons"
        case .onThisPage: "On this page"
        case .footer: "Built with ActivationAtlas: every curve and number computed, nothing loaded from the network."
        case .pagerLabel: "Previous and next lesson"
        case .previous: "Previous"
        case .next: "Next"
        case .outline: "Outline"
        case .printCourse: "Print the whole course"
        case .printCourseNote: "(every lesson on one page, to print or save as PDF)"
        case .searchLabel: "Search the course"
        case .searchPlaceholder: "Search (/)"
        case .searchNone: "No results"
        case .searchOne: "1 result"
        case .searchMany: "{count} results"
        case .searchFirst: "{count} results, the first {shown} shown"
        case .searchLoading: "Loading the index…"
        case .readoutHint: "Point at the plot, or focus it and use \u{2190} \u{2192}, to read values."
        case .familyAll: "all {count} drawn"
        case .languagesLabel: "Languages"
        case .notTranslated: "(not translated yet: the outline)"
        }
    }

    static func chinese(_ key: Key) -> String {
        switch key {
        case .skipToContent: "跳到正文"
        case .menu: "目录"
        case .lessons: "课程"
        case .onThisPage: "本页内容"
        case .footer: "由 ActivationAtlas 生成：每条曲线、每个数字都由计算得出，不从网络加载任何内容。"
        case .pagerLabel: "上一课与下一课"
        case .previous: "上一课"
        case .next: "下一课"
        case .outline: "课程目录"
        case .printCourse: "打印整个课程"
        case .printCourseNote: "（所有课程排在同一页，可以打印或存为 PDF）"
        case .searchLabel: "搜索课程"
        case .searchPlaceholder: "搜索（/）"
        case .searchNone: "没有结果"
        case .searchOne: "1 个结果"
        case .searchMany: "{count} 个结果"
        case .searchFirst: "共 {count} 个结果，显示前 {shown} 个"
        case .searchLoading: "正在载入索引…"
        case .readoutHint: "把指针移到图上，或者选中图后按 \u{2190} \u{2192} 键，即可读出数值。"
        case .familyAll: "全部 {count} 条"
        case .languagesLabel: "语言"
        case .notTranslated: "（本课尚未翻译，前往目录）"
        }
    }
}

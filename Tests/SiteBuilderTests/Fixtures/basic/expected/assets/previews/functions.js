window.atlasPreviews=window.atlasPreviews||{};window.atlasPreviews["functions.html"]={"title":"All five functions","summary":"Every function with its derivative.","sections":{},"figures":{}};

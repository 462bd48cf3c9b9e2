window.atlasSearchIndex={"version":2,"chunk":8,"lessons":[["functions.html","All five functions"],["intro.html","Introduction & overview"]],"sections":[
[0,"curves","Curves"],
[0,"values","Values"],
[1,"",""]],
"terms":"0\n01\n1\n2\na\nactivations\nand\nat\nautograd\nclassic\ncode\ncurves\ndashed\nderivative\nderivatives\ndropped\nelu\nfigure\nfive\nhas\nhtml\nintroduction\nis\nits\nkink\nlargest\nleaky\nlink\nmarkdown\nno\noverview\nparameterised\nplain\npytorch\nrange\nraw\nrelu\ns\nshows\nsigmoid\nslope\nstepped\ntable\ntanh\nthat\nthe\nuses\nvalue\nvalues\nwith\nx",
"postings":"03 4 00 4 70 0 50 01 5 0 8 0 0 5 0 8 1 0 0 5 8 8 14 0 5 0 11 8 8 5 8 4 8 5 4 8 33 5 5 2 0 4 6 1 8 13 5 5 4 40 5"};

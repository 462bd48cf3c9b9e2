(window.atlasSearchText=window.atlasSearchText||{})[0]=["The sigmoid is ; its slope is largest at 0: sigmoid sigmoid′ tanh tanh′ relu relu′ leaky_relu leaky_relu′ elu elu′ Figure 1. The five classic activations, derivatives dashed",
"1 At x = 0, relu has a kink and no derivative; the table shows relu′(0) = 0, the value PyTorch’s autograd uses. 2 At x = 0, leaky_relu has a kink and no derivative; the table shows leaky_relu′(0) = 0.01, the value PyTorch’s autograd uses. A parameterised table with a stepped range:",
"Plain Markdown with code, a link and raw HTML that is dropped."];
